namespace Network.Benchmarks.Production;

/// <summary>
/// <c>--production-load</c>: the mixed workload from 8, 64 and then 256 closed-loop clients (<c>--clients</c>) spread over two
/// server processes, each level warmed up and then timed, with each process's runtime counters and a starvation verdict;
/// then the memory target: one process's RSS while it holds <c>--memory-clients</c> (100) connections, all the clients on
/// one instance. Fails when any request fails or the target is missed.
/// </summary>
internal static class ProductionLoadBenchmark
{
    /// <summary>400 MB (decimal, as the target is stated) in the MiB the figures are given in: 381 MiB.</summary>
    public const double MemoryTargetMiB = 400_000_000 / (1024.0 * 1024.0);

    public static async Task<int> RunAsync(BenchmarkOptions options)
    {
        Console.WriteLine($"Production load: {string.Join(" and ", options.Clients)} closed-loop clients over two instances, {options.Warmup.TotalSeconds:F0} s warm-up and "
            + $"{options.Duration.TotalSeconds:F0} s timed each; then {options.MemoryClients} clients on one instance for the memory target.");
        await using var network = await ProductionNetwork.StartAsync(options.Mentors, options.PoolSize, options.ServerSettings, runtimeCounters: true);
        if (!await network.WarmUpAsync(options.Warmup))
        {
            return 1;
        }

        var runs = new List<ClosedLoopFigures>();
        foreach (var clients in options.Clients)
        {
            var figures = await ClosedLoopRun.RunAsync(network, clients, firstInstanceOnly: false, options.Warmup, options.Duration);
            figures.Print();
            runs.Add(figures);
        }

        var memory = await ClosedLoopRun.RunAsync(network, options.MemoryClients, firstInstanceOnly: true, options.Warmup, options.Duration);
        memory.Print();
        runs.Add(memory);

        Console.WriteLine();
        Console.WriteLine("| clients | req/s | reads p50 / p95 / p99 (ms) | mutations p50 / p95 / p99 (ms) | errors | RSS max (VmHWM), A · B (MiB) | CPU A · B (s) | PostgreSQL CPU (s) |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|");
        runs.ForEach(r => Console.WriteLine(r.Row()));
        Console.WriteLine();
        Console.WriteLine("| clients | instance | thread-pool threads min–max (first → last) | queue max / mean | work items/s | lock contentions/s | GC heap max (MiB) | GC pause (ms/s) | threads added (for starvation) | verdict | machine load average |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|---|---|---|");
        runs.ForEach(r => r.RuntimeRows().ToList().ForEach(Console.WriteLine));

        var held = memory.Instances[0];
        var met = held.MaxRssMiB <= MemoryTargetMiB;
        Console.WriteLine();
        Console.WriteLine($"Memory target: {held.Name} held up to {held.MaxConnections} connections with RSS up to {held.MaxRssMiB:F0} MiB (VmHWM {held.PeakMiB:F0} MiB); "
            + $"target <= 400 MB ({MemoryTargetMiB:F0} MiB): {(met ? "met" : "NOT met")}.");
        var errors = runs.Sum(r => r.Errors);
        if (errors > 0)
        {
            Console.WriteLine($"{errors} requests failed: the run fails.");
        }

        return met && errors == 0 ? 0 : 1;
    }
}
