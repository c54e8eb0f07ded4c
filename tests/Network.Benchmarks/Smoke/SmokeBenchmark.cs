using System.Diagnostics;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Network.Benchmarks.Production;

namespace Network.Benchmarks.Smoke;

/// <summary>
/// <c>--smoke</c>: a run of seconds on the demo network that fails (exit code 1) when a figure that does not depend on the
/// machine is worse than its limit in <c>smoke-thresholds.json</c>: SQL commands and bytes allocated per request, for the
/// <c>skillsGaps(near:)</c> query and for the production load's mixed workload, and for each its CPU time per request over
/// the hand-written floor's in the same process, measured in short alternating rounds so that a busy or slow machine slows
/// all three alike, and taken as the median of the rounds' ratios so that a round the machine took from one workload does
/// not decide. Any failed request fails the run too. The throughput against the floor's is printed but not checked: a busy
/// machine alone moves it as far as a regression would.
/// </summary>
internal static class SmokeBenchmark
{
    private const int Clients = 8;

    // The figures per request are the lowest of a few batches: a batch that met a collection or the JIT's work counts less.
    private const int Batches = 3;
    private const int RequestsPerBatch = 40;

    private static readonly SmokeFigure GapsCommands = new("skillsGaps.commandsPerRequest", "skillsGaps(near:): SQL commands per request", HigherIsBetter: false);
    private static readonly SmokeFigure GapsAllocated = new("skillsGaps.allocatedKiBPerRequest", "skillsGaps(near:): KiB allocated per request (client and server)", HigherIsBetter: false);
    private static readonly SmokeFigure GapsCpu = new("skillsGaps.cpuRatio", "skillsGaps(near:): CPU per request over the floor's", HigherIsBetter: false);
    private static readonly SmokeFigure GapsRatio = new("skillsGaps.throughputRatio", "skillsGaps(near:): GraphQL req/s over the floor's", HigherIsBetter: true);
    private static readonly SmokeFigure MixCommands = new("mix.commandsPerRequest", "mixed workload: SQL commands per request", HigherIsBetter: false);
    private static readonly SmokeFigure MixAllocated = new("mix.allocatedKiBPerRequest", "mixed workload: KiB allocated per request (client and server)", HigherIsBetter: false);
    private static readonly SmokeFigure MixCpu = new("mix.cpuRatio", "mixed workload: CPU per request over the floor's", HigherIsBetter: false);
    private static readonly SmokeFigure MixRatio = new("mix.throughputRatio", "mixed workload: req/s over the floor's", HigherIsBetter: true);

    private static readonly SmokeFigure[] Figures = [GapsCommands, GapsAllocated, GapsCpu, MixCommands, MixAllocated, MixCpu];

    public static async Task<int> RunAsync(BenchmarkOptions options)
    {
        var clock = Stopwatch.StartNew();
        var thresholds = SmokeThresholds.Load(Figures);
        var slice = options.Duration / options.Rounds;
        Console.WriteLine($"Smoke: the demo network ({options.Mentors} mentors), {Clients} clients, {options.Warmup.TotalSeconds:F0} s warm-up per workload, "
            + $"{options.Duration.TotalSeconds:F0} s timed per workload in {options.Rounds} alternating rounds of {slice.TotalMilliseconds:F0} ms; thresholds recorded {thresholds.Recorded}.");

        await using var database = await BenchmarkDatabase.CreateAsync(options.Mentors);
        var commands = new CommandCounter();
        var signingKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        await using var server = await BenchmarkServer.StartAsync(
            database.ConnectionString,
            new Dictionary<string, string?>
            {
                ["Authentication:SigningKey"] = signingKey,

                // Working the regional insights out at start-up would allocate and query beside the first measured requests.
                ["Insights:WarmOnStart"] = "false",
            },
            services => services.AddSingleton<IInterceptor>(commands));
        using var client = server.CreateClient(Clients);
        await SkillsGapsNearQuery.CheckSameAnswerAsync(client);

        var baseAddress = client.BaseAddress!;
        var mix = await ProductionWorkload.CreateAsync(database.ConnectionString, signingKey, baseAddress);
        using var mixClient = new ProductionClient(baseAddress, Clients);
        var errors = new List<string>();
        var graphQL = new Workload("skillsGaps(near:) GraphQL", () => SkillsGapsNearQuery.SendGraphQLAsync(client));
        var floor = new Workload("skillsGaps(near:) floor", () => SkillsGapsNearQuery.SendBaselineAsync(client));
        var mixed = new Workload("mixed workload", async () =>
        {
            if (await mixClient.SendAsync(mix.Next()) is { } error)
            {
                lock (errors)
                {
                    errors.Add(error);
                }
            }
        });
        Console.WriteLine($"Ready after {clock.Elapsed.TotalSeconds:F1} s.");

        foreach (var workload in new[] { graphQL, floor, mixed })
        {
            await LoadGenerator.RunAsync(workload, Clients, options.Warmup);
        }

        var measured = new Dictionary<SmokeFigure, double>
        {
            [GapsCommands] = await CommandsPerRequestAsync(graphQL, commands),
            [GapsAllocated] = await AllocatedKiBPerRequestAsync(graphQL),
            [MixCommands] = await CommandsPerRequestAsync(mixed, commands),
            [MixAllocated] = await AllocatedKiBPerRequestAsync(mixed),
        };

        var rounds = new List<(SliceFigures GraphQL, SliceFigures Floor, SliceFigures Mixed)>();
        for (var round = 1; round <= options.Rounds; round++)
        {
            rounds.Add((await SliceAsync(graphQL, slice), await SliceAsync(floor, slice), await SliceAsync(mixed, slice)));
        }

        Console.WriteLine($"{options.Rounds} rounds: " + string.Join("; ", new[] { graphQL, floor, mixed }.Select((w, i) =>
        {
            var slices = rounds.Select(r => i == 0 ? r.GraphQL : i == 1 ? r.Floor : r.Mixed).ToArray();
            return $"{w.Name} {slices.Sum(s => s.Requests) / slices.Sum(s => s.Elapsed.TotalSeconds):F0} req/s, {slices.Sum(s => s.CpuMilliseconds) / slices.Sum(s => s.Requests):F2} ms CPU each";
        })));

        measured[GapsCpu] = Median(rounds.Select(r => r.GraphQL.CpuPerRequest / r.Floor.CpuPerRequest));
        measured[GapsRatio] = Median(rounds.Select(r => r.GraphQL.RequestsPerSecond / r.Floor.RequestsPerSecond));
        measured[MixCpu] = Median(rounds.Select(r => r.Mixed.CpuPerRequest / r.Floor.CpuPerRequest));
        measured[MixRatio] = Median(rounds.Select(r => r.Mixed.RequestsPerSecond / r.Floor.RequestsPerSecond));
        Console.WriteLine($"Not checked: {GapsRatio.Description} {measured[GapsRatio]:F2}; {MixRatio.Description} {measured[MixRatio]:F2}.");
        return Report(thresholds, measured, errors, clock.Elapsed);
    }

    private static async Task<SliceFigures> SliceAsync(Workload workload, TimeSpan duration)
    {
        var cpuBefore = Environment.CpuUsage.TotalTime;
        var result = await LoadGenerator.RunAsync(workload, Clients, duration);
        return new SliceFigures(result.Requests, result.Elapsed, (Environment.CpuUsage.TotalTime - cpuBefore).TotalMilliseconds);
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }

    private static Task<double> CommandsPerRequestAsync(Workload workload, CommandCounter commands) =>
        LowestPerRequestAsync(workload, () => commands.Count);

    private static async Task<double> AllocatedKiBPerRequestAsync(Workload workload) =>
        await LowestPerRequestAsync(workload, () => GC.GetTotalAllocatedBytes(precise: true)) / 1024;

    /// <summary>The lowest growth of <paramref name="counter"/> per request over a few batches of sequential requests.</summary>
    private static async Task<double> LowestPerRequestAsync(Workload workload, Func<long> counter)
    {
        var lowest = double.MaxValue;
        for (var batch = 0; batch < Batches; batch++)
        {
            var before = counter();
            for (var i = 0; i < RequestsPerBatch; i++)
            {
                await workload.SendAsync();
            }

            lowest = Math.Min(lowest, (counter() - before) / (double)RequestsPerBatch);
        }

        return lowest;
    }

    private static int Report(SmokeThresholds thresholds, Dictionary<SmokeFigure, double> measured, List<string> errors, TimeSpan elapsed)
    {
        Console.WriteLine();
        Console.WriteLine("| figure | measured | reference | limit | |");
        Console.WriteLine("|---|---|---|---|---|");
        var failed = new List<string>();
        foreach (var figure in Figures)
        {
            var threshold = thresholds.Figures[figure.Key];
            var value = measured[figure];
            var ok = threshold.Accepts(figure, value);
            Console.WriteLine($"| {figure.Description} (`{figure.Key}`) | {value:F2} | {threshold.Reference:F2} | {(figure.HigherIsBetter ? "≥" : "≤")} {threshold.Limit:F2} | {(ok ? "ok" : "FAILED")} |");
            if (!ok)
            {
                failed.Add($"{figure.Description} is {value:F2}, {(figure.HigherIsBetter ? "below" : "above")} its limit of {threshold.Limit:F2} (reference {threshold.Reference:F2}, {value / threshold.Reference:F2}× it)");
            }
        }

        if (errors.Count > 0)
        {
            failed.Add($"{errors.Count} requests of the mixed workload failed, the first: {errors[0]}");
        }

        Console.WriteLine();
        Console.WriteLine($"Smoke run took {elapsed.TotalSeconds:F0} s.");
        if (failed.Count == 0)
        {
            Console.WriteLine("Smoke: every figure within its limit.");
            return 0;
        }

        Console.WriteLine($"Smoke FAILED: a regression against {SmokeThresholds.FileName} (recorded {thresholds.Recorded}):");
        failed.ForEach(f => Console.WriteLine($"  - {f}"));
        return 1;
    }
}
