using System.Diagnostics;
using System.Net.Http.Headers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Network.Server.Data;
using Network.Server.GraphQL.Relay;
using Network.Server.Identity;
using Network.Server.Matching;
using Network.Server.Matching.Algorithms;
using Network.Server.Mentors;
using Network.Server.Scoring;
using static Network.Benchmarks.PlanPairingsRequest;

namespace Network.Benchmarks;

/// <summary>
/// How long a coordinator waits for planPairings: one network, the real server, and for each pool size
/// a fixed-seed random pool of active mentors planned over HTTP in both modes, after a warm-up; then,
/// for the largest pool, the server's steps run in this process one by one to see where the time goes.
/// See README.md.
/// </summary>
internal static class PlanBenchmark
{
    /// <summary>The target of the product issue: a pool of 2,000 mentors planned in under 2 seconds.</summary>
    private static readonly TimeSpan Target = TimeSpan.FromSeconds(2);

    private const int WarmupRequests = 3;

    private const int BreakdownRuns = 10;

    private const int PoolSeed = 20261125;

    private const int WarmupSeed = 7;

    public static async Task<int> RunAsync(BenchmarkOptions options)
    {
        Console.WriteLine(
            $"planPairings for pools of {string.Join(", ", options.Sizes.Select(s => s.ToString("N0")))} active mentors sampled with a fixed seed "
            + $"from a network of {options.Mentors:N0}, one client; {options.Warmup.TotalSeconds:F0} s of warm-up, then per pool and mode {WarmupRequests} warm-up requests and {options.Requests} timed.");
        await using var database = await BenchmarkDatabase.CreateAsync(options.Mentors);
        await using var server = await BenchmarkServer.StartAsync(database.ConnectionString);
        Console.WriteLine($"Data: {await database.DescribeAsync()}");

        var token = server.Services.GetRequiredService<TokenIssuer>().Issue("benchmark-coordinator", [Role.Coordinator], lifetime: TimeSpan.FromHours(2));
        using var client = server.CreateClient(connections: 1);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        client.Timeout = TimeSpan.FromMinutes(5);

        var active = await database.ActiveMentorsAsync();
        Console.WriteLine($"{active.Length:N0} active mentors.");
        var results = new List<PlanTimings>();
        try
        {
            await WarmUpAsync(client, [.. options.Sizes.Select(size => Pool(active, size, seed: WarmupSeed))], options.Warmup);
            foreach (var size in options.Sizes)
            {
                var pool = Pool(active, size, seed: PoolSeed);
                var warmup = Pool(active, size, seed: WarmupSeed);
                foreach (var maximizeCardinality in new[] { false, true })
                {
                    results.Add(await MeasureAsync(client, pool, warmup, maximizeCardinality, options.Requests));
                }
            }
        }
        catch (PlanFailedException e)
        {
            Console.WriteLine(e.Message);
            return 1;
        }

        Console.WriteLine();
        Console.WriteLine("| pool | mode | requests | median | p95 | max | eligible pairs | pairs | answer |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|---|");
        foreach (var r in results)
        {
            Console.WriteLine(
                $"| {r.Pool:N0} | {Mode(r.MaximizeCardinality)} | {r.Count} | {Format(r.Median)} | {Format(r.P95)} | {Format(r.Max)} "
                + $"| {r.Candidates:N0} | {r.Pairs:N0} | {r.Bytes / 1024.0:N0} KiB |");
        }

        var largest = options.Sizes.Max();
        var poolOfLargest = Pool(active, largest, seed: PoolSeed);
        foreach (var maximizeCardinality in new[] { false, true })
        {
            await BreakdownAsync(server, client, poolOfLargest, maximizeCardinality, results.Single(r => r.Pool == largest && r.MaximizeCardinality == maximizeCardinality));
        }

        var met = results.All(r => r.Median < Target.TotalMilliseconds);
        Console.WriteLine();
        Console.WriteLine(
            $"Largest pool ({largest:N0}): median {string.Join(" and ", results.Where(r => r.Pool == largest).Select(r => $"{Format(r.Median)} ({Mode(r.MaximizeCardinality)})"))}; "
            + $"target: every median under {Target.TotalSeconds:F0} s: {(met ? "met" : "not met")}.");
        return met ? 0 : 1;
    }

    /// <summary>Plans the warm-up pools of every size in both modes, in turn, for at least <paramref name="duration"/>: tiered JIT needs it.</summary>
    private static async Task WarmUpAsync(HttpClient client, int[][] pools, TimeSpan duration)
    {
        var clock = Stopwatch.StartNew();
        var sent = 0;
        while (clock.Elapsed < duration || sent < 2 * pools.Length)
        {
            await SendAsync(client, pools[sent / 2 % pools.Length], maximizeCardinality: sent % 2 == 1);
            sent++;
        }

        Console.WriteLine($"Warm-up: {sent} requests in {clock.Elapsed.TotalSeconds:F0} s.");
    }

    private static async Task<PlanTimings> MeasureAsync(HttpClient client, int[] pool, int[] warmup, bool maximizeCardinality, int requests)
    {
        Console.WriteLine();
        Console.WriteLine($"## {pool.Length:N0} mentors, {Mode(maximizeCardinality)}");
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < WarmupRequests; i++)
        {
            await SendAsync(client, warmup, maximizeCardinality);
        }

        Console.WriteLine($"Warm-up: {WarmupRequests} requests in {clock.Elapsed.TotalSeconds:F1} s.");
        var elapsed = new double[requests];
        PlanAnswer answer = default;
        for (var i = 0; i < requests; i++)
        {
            var start = Stopwatch.GetTimestamp();
            var body = await PostAsync(client, pool, maximizeCardinality);
            elapsed[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            var next = Check(body, pool.Length);
            if (i > 0 && next != answer)
            {
                throw new PlanFailedException($"The same pool of {pool.Length:N0} was planned differently: {answer} then {next}.");
            }

            answer = next;
        }

        var result = new PlanTimings(pool.Length, maximizeCardinality, elapsed, answer.Candidates, answer.Pairs, answer.Bytes);
        Console.WriteLine(
            $"median {Format(result.Median)}, p95 {Format(result.P95)}, max {Format(result.Max)}; "
            + $"{answer.Candidates:N0} eligible pairs, {answer.Pairs:N0} pairs, total score {answer.TotalScore:N2}, {answer.Bytes / 1024.0:N0} KiB answer");
        return result;
    }

    /// <summary>
    /// The server's steps for one pool, run in this process as planPairings runs them, each timed on its
    /// own, alternating with the same request over HTTP: the medians of <see cref="BreakdownRuns"/> rounds
    /// after one to warm up. What the request took beyond the steps is the rest: reading and validating the
    /// request, the authorisation check, the GraphQL answer (its data loaders included) and HTTP.
    /// </summary>
    private static async Task BreakdownAsync(BenchmarkServer server, HttpClient client, int[] ids, bool maximizeCardinality, PlanTimings measured)
    {
        var factory = server.Services.GetRequiredService<IDbContextFactory<NetworkDbContext>>();
        var planner = new CohortPlanner(server.Services.GetRequiredService<PairScorer>());
        string[] steps = ["checking the pool (IDs and status, count)", "loading the pool (profiles, open pairings)", "scoring (candidate pairs)", "matching", "explaining the chosen pairs, sorting"];
        var times = steps.Select(_ => new List<double>()).ToArray();
        var totals = new List<double>();
        var requests = new List<double>();
        for (var run = 0; run <= BreakdownRuns; run++)
        {
            var start = Stopwatch.GetTimestamp();
            var body = await PostAsync(client, ids, maximizeCardinality);
            var request = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            Check(body, ids.Length);

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
            var found = await db.Mentors.AsNoTracking().Where(x => ids.Contains(x.Id)).Select(x => new { x.Id, x.Status }).ToListAsync();
            var pool = db.Mentors.Where(x => ids.Contains(x.Id));
            var size = await pool.CountAsync();
            laps[0] = Lap();
            var (profiles, constraints) = await PlanningMutations.LoadPoolAsync(db, pool, CancellationToken.None);
            laps[1] = Lap();
            var graph = planner.Candidates(profiles, constraints, CancellationToken.None);
            laps[2] = Lap();
            var mates = MaximumWeightMatching.Solve(profiles.Length, graph.Edges, maximizeCardinality);
            laps[3] = Lap();
            var plan = planner.Explain(profiles, constraints, graph, mates, maximizeCardinality);
            laps[4] = Lap();
            if (found.Count != ids.Length || size != ids.Length || plan.PoolSize != ids.Length || plan.Candidates.Count != measured.Candidates || plan.Pairs.Count != measured.Pairs)
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
            }
        }

        var http = Median(requests);
        Console.WriteLine();
        Console.WriteLine($"Where the time goes, {ids.Length:N0} mentors, {Mode(maximizeCardinality)} (medians of {BreakdownRuns} rounds, each one request over HTTP and the steps in process):");
        Console.WriteLine("| step | time | share |");
        Console.WriteLine("|---|---|---|");
        for (var i = 0; i < steps.Length; i++)
        {
            Console.WriteLine($"| {steps[i]} | {Format(Median(times[i]))} | {Median(times[i]) / http:P0} |");
        }

        var rest = http - Median(totals);
        Console.WriteLine($"| the rest: request, authorisation, GraphQL answer, HTTP | {Format(rest)} | {rest / http:P0} |");
        Console.WriteLine($"| **the request over HTTP** | **{Format(http)}** | 100 % |");
        Console.WriteLine($"(The steps in process: median {Format(Median(totals))} in all.)");
    }

    /// <summary>A random pool of <paramref name="size"/> distinct active mentors, the same for the same seed.</summary>
    internal static int[] Pool(int[] active, int size, int seed)
    {
        if (size > active.Length)
        {
            throw new PlanFailedException($"A pool of {size:N0} needs more than the {active.Length:N0} active mentors; seed more with --mentors.");
        }

        var shuffled = active.ToArray();
        new Random(seed).Shuffle(shuffled);
        return [.. shuffled.Take(size).Order()];
    }

    private static Task<string> PostAsync(HttpClient client, int[] pool, bool maximizeCardinality) =>
        PlanPairingsRequest.PostAsync(client, new { mentorIds = pool.Select(id => GlobalId.Serialize("Mentor", id)).ToArray() }, pool.Length, maximizeCardinality);

    private static async Task SendAsync(HttpClient client, int[] pool, bool maximizeCardinality) =>
        Check(await PostAsync(client, pool, maximizeCardinality), pool.Length);
}
