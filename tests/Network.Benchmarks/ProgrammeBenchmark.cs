using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Network.Server.Data;
using Network.Server.Geo;
using Network.Server.GraphQL.Relay;
using Network.Server.Identity;
using Network.Server.Matching;
using Network.Server.Matching.Algorithms;
using Network.Server.Mentors;
using Network.Server.Programmes;
using Network.Server.Scoring;
using Network.Server.SkillsGaps;
using Npgsql;
using static Network.Benchmarks.PlanPairingsRequest;

namespace Network.Benchmarks;

/// <summary>
/// A programme from enrolment to its plan: one network, the real server, a recruiting programme whose
/// employers have joined; then its mentors enrol over HTTP, each as themself, several at once (throughput
/// and latency), and once trained, the programme's pool is planned over HTTP in both modes, beside the same
/// mentors planned as a cohort by their IDs; then the server's steps for the programme's pool, run in this
/// process one by one, to see where the time goes. See README.md.
/// </summary>
internal static class ProgrammeBenchmark
{
    /// <summary>The target of the product issue for cohort plans, held for programmes too: 2,000 mentors planned in under 2 seconds.</summary>
    private static readonly TimeSpan Target = TimeSpan.FromSeconds(2);

    private const int WarmupRequests = 3;

    private const int BreakdownRuns = 10;

    /// <summary>The seed of the <c>--plan</c> benchmark's pools: its pool of 2,000 is the same mentors.</summary>
    private const int PoolSeed = 20261125;

    private const int FocusSeed = 11;

    /// <summary>The objective's target skills: the ones most of its gaps need.</summary>
    private const int FocusSkills = 10;

    private const string CoordinatorSubject = "benchmark-coordinator";

    /// <summary>The training the programme requires: reverse mentoring, active listening and data protection.</summary>
    private static readonly int[] RequiredTraining = [1, 2, 6];

    /// <summary>What a mentor's screen shows once they have enrolled: where they stand and what is left before they can be paired.</summary>
    private const string Enrol = """
        mutation Enrol($input: EnrolInProgrammeInput!) {
          enrolInProgramme(input: $input) {
            enrolment { status enrolledAt conductVersion readyToPair missingTraining { slug } programme { id name } }
            errors { __typename ... on Error { message } }
          }
        }
        """;

    public static async Task<int> RunAsync(BenchmarkOptions options)
    {
        var size = options.Sizes.Max();
        Console.WriteLine(
            $"A programme of {size:N0} active mentors sampled with a fixed seed from a network of {options.Mentors:N0}: enrolInProgramme for each, "
            + $"{options.Concurrency} client(s), after a rehearsal in another programme, and again from one client; then planPairings for the programme "
            + $"and for the same mentors by their IDs, one client, {options.Warmup.TotalSeconds:F0} s of warm-up, then per pool and mode {WarmupRequests} warm-up requests and {options.Requests} timed.");
        await using var database = await BenchmarkDatabase.CreateAsync(options.Mentors);
        await using var server = await BenchmarkServer.StartAsync(database.ConnectionString);
        Console.WriteLine($"Data: {await database.DescribeAsync()}");

        var issuer = server.Services.GetRequiredService<TokenIssuer>();
        var coordinator = issuer.Issue(CoordinatorSubject, [Role.Coordinator], lifetime: TimeSpan.FromHours(2));
        using var client = server.CreateClient(Math.Max(options.Concurrency, 1));
        client.Timeout = TimeSpan.FromMinutes(5);

        // Plans are the coordinator's; every other request names its caller itself.
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", coordinator);
        var factory = server.Services.GetRequiredService<IDbContextFactory<NetworkDbContext>>();

        var active = await database.ActiveMentorsAsync();
        int[] sample = PlanBenchmark.Pool(active, size, seed: PoolSeed);
        var mentors = await EmployersOfAsync(factory, sample);
        int[] employers = [.. mentors.Values.Distinct().Order()];
        var tokens = sample.ToDictionary(id => id, id => issuer.Issue($"benchmark-mentor-{id}", [Role.Mentor], mentorId: id, lifetime: TimeSpan.FromHours(2)));
        Console.WriteLine($"{active.Length:N0} active mentors; the programme's {size:N0} work for {employers.Length:N0} employers.");

        try
        {
            // Set-up, not measured: three identical programmes (a rehearsal, the measured one, one for a single client), each
            // created, given objectives and opened by its coordinator, and joined by every employer of the mentors, over GraphQL.
            var clock = Stopwatch.StartNew();
            var focus = await FocusAsync(factory, employers);
            var rehearsal = await CreateProgrammeAsync(client, coordinator, "Benchmark rehearsal", employers, focus, options.Concurrency);
            var programme = await CreateProgrammeAsync(client, coordinator, "Benchmark programme", employers, focus, options.Concurrency);
            var alone = await CreateProgrammeAsync(client, coordinator, "Benchmark programme, one client", employers, focus, options.Concurrency);
            var version = await ConductVersionAsync(client, coordinator, programme);
            Console.WriteLine(
                $"Set-up: 3 programmes, each joined by {employers.Length:N0} employers, with objectives targeting {focus.Skills.Count} skills and {focus.Gaps.Count} gaps, "
                + $"code of conduct version {version}, in {clock.Elapsed.TotalSeconds:F0} s.");

            List<Func<Task>> Enrolments(string programmeId) => [.. sample.Select(id => (Func<Task>)(() => EnrolAsync(client, tokens[id], programmeId, id, version)))];
            var rehearsed = await LoadGenerator.RunEachAsync("enrolInProgramme, rehearsal", Enrolments(rehearsal), options.Concurrency);
            Console.WriteLine($"{rehearsed}, max {rehearsed.Max.TotalMilliseconds:F0} ms ({rehearsed.Requests:N0} in {rehearsed.Elapsed.TotalSeconds:F1} s)");
            var (enrolled, sessions) = await WithSessionSamplesAsync(
                database.ConnectionString, () => LoadGenerator.RunEachAsync($"enrolInProgramme, {options.Concurrency} clients", Enrolments(programme), options.Concurrency));
            Console.WriteLine($"{enrolled}, max {enrolled.Max.TotalMilliseconds:F0} ms ({enrolled.Requests:N0} in {enrolled.Elapsed.TotalSeconds:F1} s)");
            Console.WriteLine(
                $"Database sessions meanwhile ({sessions.Samples:N0} samples): on average {sessions.Active:F1} running a statement, {sessions.WaitingForLock:F1} of them waiting for a lock, "
                + $"{sessions.IdleInTransaction:F1} in a transaction waiting for the server's next statement.");
            var single = await LoadGenerator.RunEachAsync("enrolInProgramme, one client", Enrolments(alone), concurrency: 1);
            Console.WriteLine($"{single}, max {single.Max.TotalMilliseconds:F0} ms ({single.Requests:N0} in {single.Elapsed.TotalSeconds:F1} s)");

            var key = GlobalId.Parse(programme, "Programme");
            await TrainAsync(database.ConnectionString, sample);
            await using (var db = await factory.CreateDbContextAsync())
            {
                var count = await db.ProgrammeEnrolments.CountAsync(e => e.ProgrammeId == key && e.Status == EnrolmentStatus.Enrolled);
                var ready = await ProgrammePairingPool.ReadyMentorIdsAsync(db, key, CancellationToken.None);
                if (count != size || !ready.SequenceEqual(sample))
                {
                    throw new PlanFailedException($"The programme has {count:N0} mentors enrolled and {ready.Length:N0} ready to pair; {size:N0} expected.");
                }

                Console.WriteLine($"{count:N0} enrolled, trained ({RequiredTraining.Length} modules each, inserted directly) and ready to pair.");
            }

            var programmePool = new Pool("programme", new { programmeId = programme });
            var cohortPool = new Pool("cohort (mentorIds)", new { mentorIds = sample.Select(id => GlobalId.Serialize("Mentor", id)).ToArray() });
            await WarmUpAsync(client, [programmePool, cohortPool], size, options.Warmup);
            var results = new List<(Pool Pool, PlanTimings Timings, PlanAnswer Answer)>();
            foreach (var pool in new[] { programmePool, cohortPool })
            {
                foreach (var maximizeCardinality in new[] { false, true })
                {
                    var (timings, answer) = await MeasureAsync(client, pool, size, maximizeCardinality, options.Requests);
                    results.Add((pool, timings, answer));
                }
            }

            Console.WriteLine();
            Console.WriteLine("| enrolInProgramme | clients | enrolments | per second | median | p95 | max |");
            Console.WriteLine("|---|---|---|---|---|---|---|");
            foreach (var (name, clients, r) in new[] { ("rehearsal (another programme)", options.Concurrency, rehearsed), ("measured", options.Concurrency, enrolled), ("one client (a third programme)", 1, single) })
            {
                Console.WriteLine(
                    $"| {name} | {clients} | {r.Requests:N0} | {r.RequestsPerSecond:N0} | {Format(r.Median.TotalMilliseconds)} "
                    + $"| {Format(r.P95.TotalMilliseconds)} | {Format(r.Max.TotalMilliseconds)} |");
            }

            Console.WriteLine();
            Console.WriteLine("| pool | mode | requests | median | p95 | max | eligible pairs | pairs | total score | answer |");
            Console.WriteLine("|---|---|---|---|---|---|---|---|---|---|");
            foreach (var (pool, r, answer) in results)
            {
                Console.WriteLine(
                    $"| {pool.Name} | {Mode(r.MaximizeCardinality)} | {r.Count} | {Format(r.Median)} | {Format(r.P95)} | {Format(r.Max)} "
                    + $"| {r.Candidates:N0} | {r.Pairs:N0} | {answer.TotalScore:N0} | {r.Bytes / 1024.0:N0} KiB |");
            }

            foreach (var maximizeCardinality in new[] { false, true })
            {
                var measured = results.Single(r => r.Pool == programmePool && r.Timings.MaximizeCardinality == maximizeCardinality).Timings;
                await BreakdownAsync(server, client, programmePool, key, size, maximizeCardinality, measured);
            }

            var met = results.Where(r => r.Pool == programmePool).All(r => r.Timings.Median < Target.TotalMilliseconds);
            Console.WriteLine();
            Console.WriteLine(
                $"Programme of {size:N0}: planning median {string.Join(" and ", results.Where(r => r.Pool == programmePool).Select(r => $"{Format(r.Timings.Median)} ({Mode(r.Timings.MaximizeCardinality)})"))}, "
                + $"max {string.Join(" and ", results.Where(r => r.Pool == programmePool).Select(r => Format(r.Timings.Max)))}; "
                + $"target: every median under {Target.TotalSeconds:F0} s: {(met ? "met" : "not met")}.");
            return met ? 0 : 1;
        }
        catch (PlanFailedException e)
        {
            Console.WriteLine(e.Message);
            return 1;
        }
    }

    /// <summary>The employer of each mentor.</summary>
    private static async Task<Dictionary<int, int>> EmployersOfAsync(IDbContextFactory<NetworkDbContext> factory, int[] mentors)
    {
        await using var db = await factory.CreateDbContextAsync();
        return await db.Mentors.AsNoTracking().Where(m => mentors.Contains(m.Id)).ToDictionaryAsync(m => m.Id, m => m.EmployerId);
    }

    /// <summary>
    /// What the programme's second objective targets: open gaps of its employers sampled with a fixed seed, as many as an
    /// objective may name, and the skills most of them need.
    /// </summary>
    private static async Task<Focus> FocusAsync(IDbContextFactory<NetworkDbContext> factory, int[] employers)
    {
        await using var db = await factory.CreateDbContextAsync();
        var open = await db.SkillsGaps.AsNoTracking()
            .Where(g => employers.Contains(g.EmployerId) && g.Status == SkillsGapStatus.Open)
            .OrderBy(g => g.Id)
            .Select(g => new { g.Id, g.SkillId })
            .ToArrayAsync();
        new Random(FocusSeed).Shuffle(open);
        var gaps = open.Take(ProgrammeRules.MaxTargetGaps).ToList();
        var skills = gaps.CountBy(g => g.SkillId).OrderByDescending(c => c.Value).ThenBy(c => c.Key).Take(FocusSkills).Select(c => c.Key);
        return new Focus([.. skills.Select(id => GlobalId.Serialize("Skill", id))], [.. gaps.Select(g => GlobalId.Serialize("SkillsGap", g.Id))]);
    }

    /// <summary>
    /// A recruiting programme across the whole region (every local authority, every sector) taking the most pairs a programme
    /// may, requiring training, with an objective for pairs formed and one for <paramref name="focus"/>, joined by <paramref name="employers"/>.
    /// </summary>
    private static async Task<string> CreateProgrammeAsync(HttpClient client, string coordinator, string name, int[] employers, Focus focus, int concurrency)
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        string Date(int days) => today.AddDays(days).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var input = new
        {
            name,
            description = "Reverse mentoring across the West Midlands: digital, engineering and construction employers.",
            sectors = new[] { "CONSTRUCTION", "ENGINEERING_MANUFACTURING", "ICT_DIGITAL" },
            area = new { localAuthorityCodes = PostcodeDirectory.Instance.LocalAuthorities.Select(a => a.Code).Order().ToArray() },
            startsOn = Date(30),
            endsOn = Date(210),
            enrolmentClosesOn = Date(60),
            sessions = new { everyWeeks = 2, minutes = 60, minimumSessions = 6 },
            maxPairs = ProgrammeRules.MaxPairs,
            requiredTrainingModuleIds = RequiredTraining.Select(id => GlobalId.Serialize("TrainingModule", id)).ToArray(),
        };
        var id = (await MutateAsync(client, coordinator, "createProgramme", input, "programme { id }"))["programme"]!["id"]!.GetValue<string>();
        await MutateAsync(client, coordinator, "addProgrammeObjective", new { programmeId = id, statement = "Pairs formed across companies.", measure = "PAIRS_FORMED", target = 500 }, "objective { id }");
        await MutateAsync(client, coordinator, "openProgramme", new { programmeId = id }, "programme { status }");
        List<Func<Task>> joins = [.. employers.Select(e => (Func<Task>)(() =>
            MutateAsync(client, coordinator, "joinProgramme", new { programmeId = id, employerId = GlobalId.Serialize("Employer", e) }, "programme { id }")))];
        await LoadGenerator.RunEachAsync("joinProgramme", joins, concurrency);
        await MutateAsync(
            client,
            coordinator,
            "addProgrammeObjective",
            new { programmeId = id, statement = "The employers' skills gaps addressed.", measure = "GAPS_ADDRESSED", target = focus.Gaps.Count / 2, skillIds = focus.Skills, skillsGapIds = focus.Gaps },
            "objective { id }");
        return id;
    }

    /// <summary>The version of the programme's code of conduct, as a mentor reads it before enrolling.</summary>
    private static async Task<int> ConductVersionAsync(HttpClient client, string token, string programmeId)
    {
        var data = await SendAsync(client, token, "query($id: ID!) { node(id: $id) { ... on Programme { codeOfConduct { version } } } }", new { id = programmeId });
        return data["node"]!["codeOfConduct"]!["version"]!.GetValue<int>();
    }

    /// <summary>The mentor enrols as themself, with their consent and the current code of conduct; an exception unless they are enrolled.</summary>
    private static async Task EnrolAsync(HttpClient client, string token, string programmeId, int mentorId, int version)
    {
        var input = new { programmeId, mentorId = GlobalId.Serialize("Mentor", mentorId), consent = true, codeOfConductVersion = version };
        var payload = (await SendAsync(client, token, Enrol, new { input }))["enrolInProgramme"]!;
        if (payload["errors"] is not null || payload["enrolment"]?["status"]?.GetValue<string>() != "ENROLLED")
        {
            throw new PlanFailedException($"enrolInProgramme for mentor {mentorId} failed: {Truncate(payload.ToJsonString())}");
        }
    }

    /// <summary>Records the required training for every mentor, straight into the database: set-up, not measured.</summary>
    private static async Task TrainAsync(string connectionString, int[] mentors)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using (var insert = new NpgsqlCommand(
            """
            INSERT INTO training_completions (mentor_id, training_module_id, completed_at, recorded_by_subject)
            SELECT m, t, now(), @subject FROM unnest(@mentors) AS m CROSS JOIN unnest(@modules) AS t
            ON CONFLICT DO NOTHING
            """,
            connection))
        {
            insert.Parameters.AddWithValue("subject", CoordinatorSubject);
            insert.Parameters.AddWithValue("mentors", mentors);
            insert.Parameters.AddWithValue("modules", RequiredTraining);
            await insert.ExecuteNonQueryAsync();
        }

        // As after seeding: the enrolments and completions just written get statistics.
        await using var analyze = new NpgsqlCommand("ANALYZE", connection);
        await analyze.ExecuteNonQueryAsync();
    }

    /// <summary>Plans each pool in both modes, in turn, for at least <paramref name="duration"/>: tiered JIT needs it.</summary>
    private static async Task WarmUpAsync(HttpClient client, Pool[] pools, int size, TimeSpan duration)
    {
        var clock = Stopwatch.StartNew();
        var sent = 0;
        while (clock.Elapsed < duration || sent < 2 * pools.Length)
        {
            Check(await PostAsync(client, pools[sent / 2 % pools.Length], size, maximizeCardinality: sent % 2 == 1), size);
            sent++;
        }

        Console.WriteLine($"Warm-up: {sent} plans in {clock.Elapsed.TotalSeconds:F0} s.");
    }

    private static async Task<(PlanTimings Timings, PlanAnswer Answer)> MeasureAsync(HttpClient client, Pool pool, int size, bool maximizeCardinality, int requests)
    {
        Console.WriteLine();
        Console.WriteLine($"## {pool.Name}, {size:N0} mentors, {Mode(maximizeCardinality)}");
        for (var i = 0; i < WarmupRequests; i++)
        {
            Check(await PostAsync(client, pool, size, maximizeCardinality), size);
        }

        var elapsed = new double[requests];
        PlanAnswer answer = default;
        for (var i = 0; i < requests; i++)
        {
            var start = Stopwatch.GetTimestamp();
            var body = await PostAsync(client, pool, size, maximizeCardinality);
            elapsed[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            var next = Check(body, size);
            if (i > 0 && next != answer)
            {
                throw new PlanFailedException($"The same pool of {size:N0} was planned differently: {answer} then {next}.");
            }

            answer = next;
        }

        var result = new PlanTimings(size, maximizeCardinality, elapsed, answer.Candidates, answer.Pairs, answer.Bytes);
        Console.WriteLine(
            $"median {Format(result.Median)}, p95 {Format(result.P95)}, max {Format(result.Max)}; "
            + $"{answer.Candidates:N0} eligible pairs, {answer.Pairs:N0} pairs, total score {answer.TotalScore:N2}, {answer.Bytes / 1024.0:N0} KiB answer");
        return (result, answer);
    }

    /// <summary>
    /// The server's steps for the programme's pool, run in this process as planPairings runs them, each timed on its own,
    /// alternating with the same request over HTTP: the medians of <see cref="BreakdownRuns"/> rounds after one to warm up.
    /// </summary>
    private static async Task BreakdownAsync(BenchmarkServer server, HttpClient client, Pool pool, int key, int size, bool maximizeCardinality, PlanTimings measured)
    {
        var factory = server.Services.GetRequiredService<IDbContextFactory<NetworkDbContext>>();
        var scorer = server.Services.GetRequiredService<PairScorer>();
        string[] steps =
        [
            "finding the programme",
            "its ready mentors (ProgrammePairingPool.ReadyMentorIdsAsync)",
            "its objectives' focus (ProgrammePairingPool.FocusAsync)",
            "counting the pool",
            "loading the pool (PlanningMutations.LoadPoolAsync)",
            "scoring, focused (CohortPlanner.Candidates)",
            "matching (MaximumWeightMatching.Solve)",
            "explaining the chosen pairs, sorting (CohortPlanner.Explain)",
        ];
        var times = steps.Select(_ => new List<double>()).ToArray();
        var totals = new List<double>();
        var requests = new List<double>();
        var unfocusedScoring = new List<double>();
        for (var run = 0; run <= BreakdownRuns; run++)
        {
            var start = Stopwatch.GetTimestamp();
            var body = await PostAsync(client, pool, size, maximizeCardinality);
            var request = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            Check(body, size);

            await using var db = await factory.CreateDbContextAsync();
            var step = Stopwatch.GetTimestamp();
            double Lap()
            {
                var now = Stopwatch.GetTimestamp();
                var lap = Stopwatch.GetElapsedTime(step, now).TotalMilliseconds;
                step = now;
                return lap;
            }

            var laps = new double[steps.Length];
            var programme = await db.Programmes.AsNoTracking().SingleOrDefaultAsync(p => p.Id == key);
            laps[0] = Lap();
            var ready = await ProgrammePairingPool.ReadyMentorIdsAsync(db, key, CancellationToken.None);
            laps[1] = Lap();
            var planner = new CohortPlanner(scorer.Focused(await ProgrammePairingPool.FocusAsync(db, key, CancellationToken.None)));
            laps[2] = Lap();
            var mentors = db.Mentors.Where(x => ready.Contains(x.Id));
            var count = await mentors.CountAsync();
            laps[3] = Lap();
            var (profiles, constraints) = await PlanningMutations.LoadPoolAsync(db, mentors, CancellationToken.None);
            laps[4] = Lap();

            // For comparison, not part of the request: the same pool scored without the objectives' focus, as for a cohort,
            // before the focused scoring in every other round and after it in the others, so that neither always finds the caches warm.
            CandidateGraph? unfocused = null;
            var cohortScoring = 0.0;
            if (run % 2 == 0)
            {
                unfocused = new CohortPlanner(scorer).Candidates(profiles, constraints, CancellationToken.None);
                cohortScoring = Lap();
            }

            var graph = planner.Candidates(profiles, constraints, CancellationToken.None);
            laps[5] = Lap();
            if (unfocused is null)
            {
                unfocused = new CohortPlanner(scorer).Candidates(profiles, constraints, CancellationToken.None);
                cohortScoring = Lap();
            }

            var mates = MaximumWeightMatching.Solve(profiles.Length, graph.Edges, maximizeCardinality);
            laps[6] = Lap();
            var plan = planner.Explain(profiles, constraints, graph, mates, maximizeCardinality);
            laps[7] = Lap();
            if (unfocused.Edges.Count != graph.Edges.Count)
            {
                throw new PlanFailedException($"The focus changed which pairs are eligible: {graph.Edges.Count:N0} rather than {unfocused.Edges.Count:N0}.");
            }
            if (programme is null || count != size || plan.PoolSize != size || plan.Candidates.Count != measured.Candidates || plan.Pairs.Count != measured.Pairs)
            {
                throw new PlanFailedException($"The steps run in process planned a different pool: {plan.PoolSize} mentors, {plan.Candidates.Count} eligible pairs, {plan.Pairs.Count} pairs.");
            }

            if (run > 0)
            {
                for (var i = 0; i < steps.Length; i++)
                {
                    times[i].Add(laps[i]);
                }

                totals.Add(laps.Sum());
                requests.Add(request);
                unfocusedScoring.Add(cohortScoring);
            }
        }

        var http = Median(requests);
        Console.WriteLine();
        Console.WriteLine($"Where the time goes, the programme's {size:N0} mentors, {Mode(maximizeCardinality)} (medians of {BreakdownRuns} rounds, each one request over HTTP and the steps in process):");
        Console.WriteLine("| step | time | share |");
        Console.WriteLine("|---|---|---|");
        for (var i = 0; i < steps.Length; i++)
        {
            Console.WriteLine($"| {steps[i]} | {Format(Median(times[i]))} | {Median(times[i]) / http:P0} |");
        }

        var rest = http - Median(totals);
        Console.WriteLine($"| the rest: request, authorisation, GraphQL answer, HTTP | {Format(rest)} | {rest / http:P0} |");
        Console.WriteLine($"| **the request over HTTP** | **{Format(http)}** | 100 % |");
        Console.WriteLine($"(The steps in process: median {Format(Median(totals))} in all. For comparison, scoring the same pool unfocused, as a cohort: {Format(Median(unfocusedScoring))}.)");
    }

    /// <summary>
    /// Runs <paramref name="work"/> while sampling the database's other sessions every few milliseconds: how many are running a
    /// statement, how many of those wait for a lock (a programme's row, say), and how many are inside a transaction between statements.
    /// </summary>
    private static async Task<(T Result, SessionSamples Sessions)> WithSessionSamplesAsync<T>(string connectionString, Func<Task<T>> work)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            """
            SELECT count(*) FILTER (WHERE state = 'active'),
                   count(*) FILTER (WHERE state = 'active' AND wait_event_type = 'Lock'),
                   count(*) FILTER (WHERE state = 'idle in transaction')
            FROM pg_stat_activity
            WHERE datname = current_database() AND pid <> pg_backend_pid()
            """,
            connection);
        var task = work();
        var (active, waiting, idle, samples) = (0L, 0L, 0L, 0);
        while (!task.IsCompleted)
        {
            await using (var reader = await command.ExecuteReaderAsync())
            {
                await reader.ReadAsync();
                active += reader.GetInt64(0);
                waiting += reader.GetInt64(1);
                idle += reader.GetInt64(2);
            }

            samples++;
            await Task.WhenAny(task, Task.Delay(10));
        }

        var n = Math.Max(samples, 1);
        return (await task, new SessionSamples(samples, active / (double)n, waiting / (double)n, idle / (double)n));
    }

    private static Task<string> PostAsync(HttpClient client, Pool pool, int size, bool maximizeCardinality) =>
        PlanPairingsRequest.PostAsync(client, pool.Input, size, maximizeCardinality);

    /// <summary>Sends a mutation as the caller the token names; its payload, or an exception on any error, refusals in the payload included.</summary>
    private static async Task<JsonNode> MutateAsync(HttpClient client, string token, string mutation, object input, string selection)
    {
        var inputType = char.ToUpperInvariant(mutation[0]) + mutation[1..] + "Input";
        var query = $$"""mutation($input: {{inputType}}!) { {{mutation}}(input: $input) { {{selection}} errors { __typename ... on Error { message } } } }""";
        var payload = (await SendAsync(client, token, query, new { input }))[mutation]!;
        return payload["errors"] is null ? payload : throw new PlanFailedException($"{mutation} failed: {Truncate(payload.ToJsonString())}");
    }

    /// <summary>Sends a GraphQL request as the caller the token names; its data, or an exception on a GraphQL error.</summary>
    private static async Task<JsonNode> SendAsync(HttpClient client, string token, string query, object variables)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query, variables }) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        var json = response.IsSuccessStatusCode ? JsonNode.Parse(body) : null;
        return json?["errors"] is null && json?["data"] is JsonObject data
            ? data
            : throw new PlanFailedException($"The request failed ({(int)response.StatusCode}): {Truncate(body)}");
    }

    /// <summary>Averages over samples of the database's sessions.</summary>
    private readonly record struct SessionSamples(int Samples, double Active, double WaitingForLock, double IdleInTransaction);

    /// <summary>A pool to plan, as the <c>PairingPoolInput</c> sent.</summary>
    private sealed record Pool(string Name, object Input);

    /// <summary>Global IDs of the skills and gaps an objective targets.</summary>
    private sealed record Focus(IReadOnlyList<string> Skills, IReadOnlyList<string> Gaps);
}
