using BenchmarkDotNet.Running;
using Network.Benchmarks.Engine;
using Network.Benchmarks.Matching;
using Network.Benchmarks.Peer;
using Network.Benchmarks.Production;
using Network.Benchmarks.Profiling;
using Network.Benchmarks.Smoke;

namespace Network.Benchmarks;

/// <summary>
/// Throughput of a typical skillsGaps(near: …) query through GraphQL, against a hand-written endpoint
/// that sends the same SQL in the same process to the same database; then the GraphQL query's
/// latency on its own. With <c>--budgets</c>, how fast hostile requests are refused instead; with
/// <c>--matches</c>, how mentorMatches latency grows with the network; with <c>--plan</c>, how long
/// planPairings takes for pools of 500 to 2,000 mentors and where the time goes; with <c>--programmes</c>,
/// how fast 2,000 mentors enrol in a programme and how long planning its pool takes; with <c>--evaluation</c>,
/// how long a programme of 1,000 pairs takes to evaluate; with <c>--insights</c>, how long the regional insights
/// snapshot takes to work out and how fast insight queries answer; with <c>--nearest</c>, the first and a later page of lists
/// ordered by distance; with <c>--production-load</c>, how two server processes fare
/// under 8, 64 and 256 clients of a mixed workload and how much memory one holding 100 connections takes; with <c>--soak</c>, whether
/// memory and latency stay flat over 30 minutes at a fixed rate; with <c>--smoke</c>, in seconds, whether machine-independent
/// figures have regressed against committed thresholds; with <c>--peer</c>, how our server and PostgreSQL compare with
/// PostGraphile on the same database and queries, in CPU per request and throughput; with <c>matching</c> first, the cohort pairing
/// algorithm alone; with <c>engine</c> first, what GraphQL.NET itself costs for the measured document with its data in memory; with
/// <c>cpu-profile</c> first, where a server process's CPU went, by component, in a <c>perf</c> profile. See README.md for the method and the recorded figures.
/// </summary>
internal static class BenchmarkProgram
{
    public static async Task<int> Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "matching")
        {
            return MatchingBenchmarks.Run(args[1..]);
        }

        if (args.Length > 0 && args[0] == FloorServer.Mode)
        {
            return await FloorServer.RunAsync();
        }

        if (args.Length > 0 && args[0] == CpuByComponent.Mode)
        {
            return CpuByComponent.Run(args[1..]);
        }

        if (args.Length > 0 && args[0] == "engine")
        {
            var summaries = BenchmarkRunner.Run([typeof(EngineBenchmark), typeof(DataAccessBenchmark)], args: args[1..]);
            return summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success)) ? 1 : 0;
        }

        var options = BenchmarkOptions.Parse(args);
        if (options.Budgets)
        {
            return await BudgetBenchmark.RunAsync(options);
        }

        if (options.Matches)
        {
            return await MatchesBenchmark.RunAsync(options);
        }

        if (options.Plan)
        {
            return await PlanBenchmark.RunAsync(options);
        }

        if (options.Programmes)
        {
            return await ProgrammeBenchmark.RunAsync(options);
        }

        if (options.Evaluation)
        {
            return await EvaluationBenchmark.RunAsync(options);
        }

        if (options.Insights)
        {
            return await InsightsBenchmark.RunAsync(options);
        }

        if (options.Nearest)
        {
            return await NearestBenchmark.RunAsync(options);
        }

        if (options.ProductionLoad)
        {
            return await ProductionLoadBenchmark.RunAsync(options);
        }

        if (options.Peer)
        {
            return await PeerBenchmark.RunAsync(options);
        }

        if (options.Soak)
        {
            return await SoakBenchmark.RunAsync(options);
        }

        if (options.Smoke)
        {
            return await SmokeBenchmark.RunAsync(options);
        }

        await using var database = await BenchmarkDatabase.CreateAsync(options.Mentors);

        // The regional insights are worked out in the background when a server starts; that work would be counted
        // against whichever endpoint it overlapped, so this server leaves it until first asked.
        await using var server = await BenchmarkServer.StartAsync(database.ConnectionString, new Dictionary<string, string?> { ["Insights:WarmOnStart"] = "false" });

        Console.WriteLine($"Data: {await database.DescribeAsync()}");
        Console.WriteLine($"Query: {SkillsGapsNearQuery.Describe}");
        using var client = server.CreateClient(options.Concurrency);
        var graphQL = new Workload("GraphQL /graphql", () => SkillsGapsNearQuery.SendGraphQLAsync(client));
        var baseline = new Workload("hand-written /baseline", () => SkillsGapsNearQuery.SendBaselineAsync(client));
        await SkillsGapsNearQuery.CheckSameAnswerAsync(client);

        foreach (var workload in new[] { graphQL, baseline })
        {
            await LoadGenerator.RunAsync(workload, options.Concurrency, options.Warmup);
        }

        foreach (var workload in new[] { graphQL, baseline })
        {
            Console.WriteLine($"{workload.Name}: {await AllocationsPerRequestAsync(workload) / 1024.0:F0} KiB allocated per request (client and server)");
        }

        foreach (var workload in new[] { graphQL, baseline, graphQL, baseline })
        {
            var (process, postgres) = await CpuPerRequestAsync(workload, options.Concurrency, database.DataDirectory);
            Console.WriteLine($"{workload.Name}: CPU per request {process:F3} ms in this process (client and server), {postgres:F3} ms in PostgreSQL");
        }

        if (options.AllocationProfile)
        {
            using var sampler = new AllocationSampler();
            sampler.Start();
            for (var i = 0; i < 5_000; i++)
            {
                await graphQL.SendAsync();
            }

            Console.WriteLine("Where GraphQL requests allocate (share of sampled bytes):");
            foreach (var (type, share) in sampler.Stop().Take(40))
            {
                Console.WriteLine($"  {share,6:P1}  {type}");
            }
        }

        var rounds = new List<(LoadResult GraphQL, LoadResult Baseline)>();
        for (var round = 0; round < options.Rounds; round++)
        {
            var g = await LoadGenerator.RunAsync(graphQL, options.Concurrency, options.Duration);
            var b = await LoadGenerator.RunAsync(baseline, options.Concurrency, options.Duration);
            rounds.Add((g, b));
            Console.WriteLine($"round {round + 1}: {g}; {b}; ratio {g.RequestsPerSecond / b.RequestsPerSecond:F2}");
        }

        var ratio = rounds.Sum(r => r.GraphQL.Requests) / (double)rounds.Sum(r => r.Baseline.Requests);
        // The performance targets: GraphQL at least 0.9 of the floor, 0.95 where the data is large enough for the database to dominate.
        var target = options.Mentors >= 100_000 ? 0.95 : 0.9;
        Console.WriteLine($"Throughput ratio GraphQL / hand-written over {options.Rounds} rounds: {ratio:F2} (target >= {target:F2})");

        var latency = await LoadGenerator.RunAsync(graphQL, concurrency: 1, options.Duration);
        Console.WriteLine($"GraphQL latency, one client: median {latency.Median.TotalMilliseconds:F2} ms, p95 {latency.P95.TotalMilliseconds:F2} ms ({latency.Requests} requests)");
        return ratio >= target ? 0 : 1;
    }

    /// <summary>
    /// CPU milliseconds per request of this process (client and server) and of PostgreSQL over 2,000 requests from
    /// <paramref name="concurrency"/> clients: unlike throughput, barely moved by other work on the machine.
    /// </summary>
    private static async Task<(double Process, double Postgres)> CpuPerRequestAsync(Workload workload, int concurrency, string dataDirectory)
    {
        const int requests = 2_000;
        var process = System.Diagnostics.Process.GetCurrentProcess();
        var processBefore = process.TotalProcessorTime;
        var postgresBefore = Production.ProcessFigures.PostgresCpuSeconds(dataDirectory);
        await LoadGenerator.RunEachAsync(workload.Name, Enumerable.Repeat<Func<Task>>(workload.SendAsync, requests).ToList(), concurrency);
        process.Refresh();
        var postgres = Production.ProcessFigures.PostgresCpuSeconds(dataDirectory) - postgresBefore;
        return ((process.TotalProcessorTime - processBefore).TotalMilliseconds / requests, postgres * 1000 / requests);
    }

    private static async Task<double> AllocationsPerRequestAsync(Workload workload)
    {
        const int requests = 200;
        var before = GC.GetTotalAllocatedBytes(precise: true);
        for (var i = 0; i < requests; i++)
        {
            await workload.SendAsync();
        }

        return (GC.GetTotalAllocatedBytes(precise: true) - before) / (double)requests;
    }
}
