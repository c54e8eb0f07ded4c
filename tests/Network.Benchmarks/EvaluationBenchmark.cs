using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Network.Server.Data;
using Network.Server.GraphQL.Relay;
using Network.Server.Identity;
using Npgsql;
using static Network.Benchmarks.PlanPairingsRequest;

namespace Network.Benchmarks;

/// <summary>
/// <c>programmeEvaluation</c> for a running programme of 1,000 pairs with 20 sessions each, whose history is written straight into
/// the database: every field, over HTTP to the real server, as its coordinator (in full) and as a partner (small numbers withheld),
/// and the CSV download for both; then which statements an evaluation sends and how long each takes. See README.md.
/// </summary>
internal static partial class EvaluationBenchmark
{
    /// <summary>The target of the product issue: an evaluation answered in under 100 ms (median).</summary>
    private static readonly TimeSpan Target = TimeSpan.FromMilliseconds(100);

    private const int WarmupRequests = 3;

    private const int BreakdownRuns = 10;

    private const string CoordinatorSubject = "benchmark-coordinator";

    private const string PartnerSubject = "benchmark-partner";

    /// <summary>Every field of <c>ProgrammeEvaluation</c>.</summary>
    private const string Query = """
        query Evaluation($id: ID!) {
          programmeEvaluation(programmeId: $id) {
            evaluatedAt suppressed minimumPeople csvPath
            programme { id name status }
            participation { enrolled { ...F } withdrawn { ...F } pairsFormed { ...F } twoWayPercent { ...F } }
            sessions { planned { ...F } held { ...F } missed { ...F } cancelled { ...F } attendancePercent { ...F } meanRating { ...F } }
            confidence { overall { ...G } bySkill { ...G } byDirection { ...G } }
            surveys { responses { ...F } meanSatisfaction { ...F } netPromoterScore { ...F } wouldDoAgainPercent { ...F } }
            retention { checkpoint confirmed { ...F } stillEmployed { ...F } retainedPercent { ...F } }
            gaps { targeted { ...F } addressed { ...F } closedAsFilled { ...F } filledWithProgrammeHelp { ...F } }
            objectives { objective { id statement measure target } progress { measure target current percentOfTarget note } }
          }
        }
        fragment G on ConfidenceGroup { skill { id slug name } direction learners { ...F } meanChange { ...F } moreConfidentPercent { ...F } }
        fragment F on EvaluationFigure { value people suppressed suppressedReason }
        """;

    public static async Task<int> RunAsync(BenchmarkOptions options)
    {
        Console.WriteLine(
            $"programmeEvaluation for a running programme of {EvaluationHistoryWriter.PairCount:N0} pairs with {EvaluationHistoryWriter.SessionsPerPair} sessions each, "
            + $"on a network of {options.Mentors:N0} mentors: every field as its coordinator and as a partner, and the CSV download for both; one client, "
            + $"{options.Warmup.TotalSeconds:F0} s of warm-up, then the four requests in turn, {WarmupRequests} rounds to warm up and {options.Requests} timed.");
        await using var database = await BenchmarkDatabase.CreateAsync(options.Mentors);
        var timer = new EvaluationCommandTimer();
        await using var server = await BenchmarkServer.StartAsync(database.ConnectionString, services: services => services.AddSingleton<IInterceptor>(timer));
        Console.WriteLine($"Data: {await database.DescribeAsync()}");

        var issuer = server.Services.GetRequiredService<TokenIssuer>();
        var coordinator = issuer.Issue(CoordinatorSubject, [Role.Coordinator], lifetime: TimeSpan.FromHours(2));
        var partner = issuer.Issue(PartnerSubject, [Role.Partner], lifetime: TimeSpan.FromHours(2));
        var factory = server.Services.GetRequiredService<IDbContextFactory<NetworkDbContext>>();
        using var client = server.CreateClient(1);
        client.Timeout = TimeSpan.FromMinutes(2);

        try
        {
            var history = await EvaluationHistoryWriter.WriteAsync(factory, database.ConnectionString, await database.ActiveMentorsAsync(), CoordinatorSubject);
            Console.WriteLine($"Written: {history}.");
            var id = GlobalId.Serialize("Programme", history.ProgrammeId);
            var csv = $"/programmes/{id}/evaluation.csv";
            Request[] requests =
            [
                new("programmeEvaluation", "coordinator (full)", () => PostAsync(client, coordinator, id), body => CheckEvaluation(body, history, suppressed: false)),
                new("programmeEvaluation", "partner (withheld)", () => PostAsync(client, partner, id), body => CheckEvaluation(body, history, suppressed: true)),
                new("GET evaluation.csv", "coordinator (full)", () => GetAsync(client, coordinator, csv), body => CheckCsv(body, history)),
                new("GET evaluation.csv", "partner (withheld)", () => GetAsync(client, partner, csv), body => CheckCsv(body, history)),
            ];
            foreach (var request in requests)
            {
                Console.WriteLine($"{request.Name}, {request.Caller}: {request.Check(await request.SendAsync())}");
            }

            var clock = Stopwatch.StartNew();
            var sent = 0;
            while (clock.Elapsed < options.Warmup || sent < requests.Length)
            {
                var request = requests[sent++ % requests.Length];
                request.Check(await request.SendAsync());
            }

            Console.WriteLine($"Warm-up: {sent} requests in {clock.Elapsed.TotalSeconds:F0} s.");
            var results = await MeasureAsync(requests, options.Requests);
            Console.WriteLine();
            Console.WriteLine($"| request | caller | requests | min | median | p95 | max | answer |");
            Console.WriteLine("|---|---|---|---|---|---|---|---|");
            foreach (var (request, t) in results)
            {
                Console.WriteLine(
                    $"| {request.Name} | {request.Caller} | {t.Count} | {Format(t.Min)} | {Format(t.Median)} | {Format(t.P95)} | {Format(t.Max)} | {t.Bytes / 1024.0:N1} KiB |");
            }

            await BreakdownAsync(database.ConnectionString, timer, requests[0], results[0].Timings);

            var graphQL = results.Where(r => r.Request.Name == "programmeEvaluation").ToList();
            var met = graphQL.All(r => r.Timings.Median < Target.TotalMilliseconds);
            Console.WriteLine();
            Console.WriteLine(
                $"programmeEvaluation, {history.Pairs:N0} pairs × {EvaluationHistoryWriter.SessionsPerPair} sessions: median "
                + $"{string.Join(" and ", graphQL.Select(r => $"{Format(r.Timings.Median)} ({r.Request.Caller})"))}; "
                + $"target: median under {Target.TotalMilliseconds:F0} ms: {(met ? "met" : "not met")}.");
            return met ? 0 : 1;
        }
        catch (PlanFailedException e)
        {
            Console.WriteLine(e.Message);
            return 1;
        }
    }

    /// <summary>
    /// Each request <paramref name="count"/> times after <see cref="WarmupRequests"/>, the requests in turn, so that the machine's
    /// other load drifts over all of them alike; each timed from sending to reading the last byte, and its answer checked after.
    /// </summary>
    private static async Task<List<(Request Request, Timings Timings)>> MeasureAsync(Request[] requests, int count)
    {
        var elapsed = requests.Select(_ => new double[count]).ToArray();
        var bytes = new int[requests.Length];
        for (var i = -WarmupRequests; i < count; i++)
        {
            for (var r = 0; r < requests.Length; r++)
            {
                var start = Stopwatch.GetTimestamp();
                var body = await requests[r].SendAsync();
                var time = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
                requests[r].Check(body);
                if (i >= 0)
                {
                    elapsed[r][i] = time;
                    bytes[r] = System.Text.Encoding.UTF8.GetByteCount(body);
                }
            }
        }

        var results = requests.Select((request, r) => (request, new Timings(elapsed[r], bytes[r]))).ToList();
        foreach (var (request, t) in results)
        {
            Console.WriteLine($"{request.Name}, {request.Caller}: min {Format(t.Min)}, median {Format(t.Median)}, p95 {Format(t.P95)}, max {Format(t.Max)}");
        }

        return results;
    }

    /// <summary>
    /// The statements the coordinator's evaluation sends, each timed in the server from sending it to closing its reader (with the rows
    /// it read, less the last read that finds none): the medians
    /// of <see cref="BreakdownRuns"/> requests over HTTP after one to warm up; then the slowest under <c>EXPLAIN (ANALYZE, BUFFERS)</c>.
    /// </summary>
    private static async Task BreakdownAsync(string connectionString, EvaluationCommandTimer timer, Request request, Timings measured)
    {
        var runs = new List<(double Request, IReadOnlyList<TimedCommand> Commands)>();
        for (var run = 0; run <= BreakdownRuns; run++)
        {
            timer.Arm();
            var start = Stopwatch.GetTimestamp();
            var body = await request.SendAsync();
            var elapsed = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            request.Check(body);
            var commands = timer.Take();
            if (run > 0)
            {
                runs.Add((elapsed, commands));
            }
        }

        var count = runs[0].Commands.Count;
        if (runs.Any(r => r.Commands.Count != count))
        {
            throw new PlanFailedException($"The evaluation sent between {runs.Min(r => r.Commands.Count)} and {runs.Max(r => r.Commands.Count)} statements.");
        }

        // Statements read on other connections meanwhile finish in any order: match them by their text (and which of the same text).
        static List<(string Key, TimedCommand Command)> Keyed(IReadOnlyList<TimedCommand> commands) =>
            [.. commands.Select((c, i) => ($"{commands.Take(i).Count(o => o.Text == c.Text)} {c.Text}", c))];
        var keyed = runs.Select(r => Keyed(r.Commands).ToDictionary(k => k.Key, k => k.Command)).ToList();
        var statements = Keyed(runs[0].Commands);
        double Time(string key) => Median([.. keyed.Select(k => k[key].Milliseconds)]);

        var http = Median([.. runs.Select(r => r.Request)]);
        var totals = Median([.. runs.Select(r => r.Commands.Sum(c => c.Milliseconds))]);
        Console.WriteLine();
        Console.WriteLine($"Where the time goes, the coordinator's evaluation (medians of {BreakdownRuns} requests over HTTP; measured median {Format(measured.Median)}):");
        Console.WriteLine("| # | statement | rows | time | share |");
        Console.WriteLine("|---|---|---|---|---|");
        for (var i = 0; i < count; i++)
        {
            var (key, command) = statements[i];
            Console.WriteLine($"| {i + 1} | {Describe(command.Text)} | {Math.Max(command.Rows - 1, 0):N0} | {Format(Time(key))} | {Time(key) / http:P0} |");
        }

        Console.WriteLine($"| | **the {count} statements** (where they overlap, each counts) | | **{Format(totals)}** | {totals / http:P0} |");
        Console.WriteLine($"| | **the request over HTTP** | | **{Format(http)}** | 100 % |");

        var slowest = statements.MaxBy(s => Time(s.Key));
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var explain = new NpgsqlCommand("EXPLAIN (ANALYZE, BUFFERS) " + slowest.Command.Text, connection);
        explain.Parameters.AddRange(slowest.Command.Parameters.Select(p => p.Clone()).ToArray());
        Console.WriteLine();
        Console.WriteLine($"The slowest, statement {statements.IndexOf(slowest) + 1}:");
        Console.WriteLine(slowest.Command.Text);
        await using var reader = await explain.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            Console.WriteLine(reader.GetString(0));
        }
    }

    /// <summary>A statement in a few words: the tables it reads, in order.</summary>
    private static string Describe(string sql) =>
        string.Join(", ", TableNames().Matches(sql).Select(m => m.Groups[1].Value).Where(t => !t.StartsWith("pg_", StringComparison.Ordinal)).Distinct());

    [GeneratedRegex(@"(?:FROM|JOIN)\s+(\w+)\s+AS")]
    private static partial Regex TableNames();

    private static async Task<string> PostAsync(HttpClient client, string token, string programmeId)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query = Query, variables = new { id = programmeId } }) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        return response.IsSuccessStatusCode ? body : throw new PlanFailedException($"programmeEvaluation failed ({(int)response.StatusCode}): {Truncate(body)}");
    }

    private static async Task<string> GetAsync(HttpClient client, string token, string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        return response.IsSuccessStatusCode && response.Content.Headers.ContentType?.MediaType == "text/csv"
            ? body
            : throw new PlanFailedException($"The CSV download failed ({(int)response.StatusCode}, {response.Content.Headers.ContentType}): {Truncate(body)}");
    }

    /// <summary>
    /// Checks an evaluation has no errors and reports what was written: the figures about many people are the same for partners; a
    /// summary of the answer, or an exception.
    /// </summary>
    private static string CheckEvaluation(string body, EvaluationHistory history, bool suppressed)
    {
        var json = JsonNode.Parse(body);
        if (json?["errors"] is not null || json?["data"]?["programmeEvaluation"] is not JsonObject e)
        {
            throw new PlanFailedException($"programmeEvaluation answered with errors: {Truncate(body)}");
        }

        double? Value(JsonNode? figure) => figure?["value"]?.GetValue<double>();
        var confidence = e["confidence"]!;
        var withheld = confidence["bySkill"]!.AsArray().Count(g => g!["learners"]!["suppressed"]!.GetValue<bool>());
        var objectives = e["objectives"]!.AsArray();
        var end = e["retention"]!.AsArray().Single(r => r!["checkpoint"]!.GetValue<string>() == "END")!;
        (string Name, double? Actual, double Expected)[] checks =
        [
            ("participation.enrolled", Value(e["participation"]!["enrolled"]), history.Enrolled),
            ("participation.withdrawn", Value(e["participation"]!["withdrawn"]), history.Withdrawn),
            ("participation.pairsFormed", Value(e["participation"]!["pairsFormed"]), history.Pairs),
            ("participation.twoWayPercent", Value(e["participation"]!["twoWayPercent"]), Math.Round(100.0 * history.TwoWayPairs / history.Pairs, 1)),
            ("sessions.planned", Value(e["sessions"]!["planned"]), history.Planned),
            ("sessions.held", Value(e["sessions"]!["held"]), history.Held),
            ("sessions.missed", Value(e["sessions"]!["missed"]), history.Missed),
            ("sessions.cancelled", Value(e["sessions"]!["cancelled"]), history.Cancelled),
            ("surveys.responses", Value(e["surveys"]!["responses"]), history.Surveys),
            ("retention END confirmed", Value(end["confirmed"]), history.RetentionChecks),
            ("gaps.targeted", Value(e["gaps"]!["targeted"]), history.TargetedGaps),
            ("gaps.closedAsFilled", Value(e["gaps"]!["closedAsFilled"]), history.FilledGaps),
            ("objectives", objectives.Count, history.Objectives),
            ("objectives measured", objectives.Count(o => o!["progress"]!["current"] is not null), history.Objectives),
            ("byDirection groups", confidence["byDirection"]!.AsArray().Count, 3),
        ];
        var wrong = checks.Where(c => c.Actual != c.Expected).Select(c => $"{c.Name} {c.Actual?.ToString() ?? "null"} (expected {c.Expected})").ToList();
        if (e["suppressed"]!.GetValue<bool>() != suppressed || Value(confidence["overall"]!["learners"]) is not > 0 || Value(e["gaps"]!["addressed"]) is not > 0 || wrong.Count > 0)
        {
            throw new PlanFailedException($"programmeEvaluation answered other figures than were written: {string.Join("; ", wrong)}; {Truncate(body)}");
        }

        return $"sessions held {Value(e["sessions"]!["held"]):N0}, mean rating {Value(e["sessions"]!["meanRating"])}, "
            + $"{Value(confidence["overall"]!["learners"]):N0} learners, mean confidence change {Value(confidence["overall"]!["meanChange"])}, "
            + $"{confidence["bySkill"]!.AsArray().Count} skills ({withheld} withheld), NPS {Value(e["surveys"]!["netPromoterScore"])}, "
            + $"gaps addressed {Value(e["gaps"]!["addressed"])} and filled with help {Value(e["gaps"]!["filledWithProgrammeHelp"])}, "
            + $"objectives at {string.Join(", ", objectives.Select(o => o!["progress"]!["current"]))}; {body.Length / 1024.0:N1} KiB";
    }

    private static string CheckCsv(string body, EvaluationHistory history)
    {
        var lines = body.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var held = $"sessions,held,,{history.Held},";
        return lines.Any(l => l.StartsWith(held, StringComparison.Ordinal))
            ? $"{lines.Length} lines, {lines.Count(l => l.StartsWith("confidence,", StringComparison.Ordinal))} of confidence; {body.Length / 1024.0:N1} KiB"
            : throw new PlanFailedException($"The CSV has no line starting '{held}': {Truncate(body)}");
    }

    /// <summary>One request to time: what it is, as whom, how to send it and how to check its answer.</summary>
    private sealed record Request(string Name, string Caller, Func<Task<string>> SendAsync, Func<string, string> Check);

    /// <summary>The times of one request's timed runs.</summary>
    private sealed class Timings(double[] milliseconds, int bytes)
    {
        private readonly double[] _sorted = [.. milliseconds.Order()];

        public int Count => _sorted.Length;

        public double Min => _sorted[0];

        public double Median => _sorted[_sorted.Length / 2];

        public double P95 => _sorted[(int)(_sorted.Length * 0.95)];

        public double Max => _sorted[^1];

        public int Bytes => bytes;
    }
}
