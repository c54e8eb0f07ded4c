namespace Network.Benchmarks.Production;

/// <summary>What a <see cref="ClosedLoopRun"/> measured; errors count the warm-up's too, since any failed request fails the run.</summary>
internal sealed record ClosedLoopFigures(
    int Clients, bool FirstInstanceOnly, TimeSpan Elapsed, Percentiles Reads, Percentiles Mutations, int Errors,
    IReadOnlyList<string> FirstErrors, IReadOnlyList<(string Request, int Errors)> ErrorsByRequest, IReadOnlyList<InstanceFigures> Instances, double PostgresCpuSeconds,
    double LoadAverage)
{
    /// <summary>
    /// A machine running more than twice as many tasks as it has cores: the servers wait for a core, and their queues and
    /// the runtime's starvation signal show that wait as well as any blocked threads.
    /// </summary>
    public bool Overloaded => LoadAverage > 2 * Environment.ProcessorCount;

    public double RequestsPerSecond => (Reads.Count + Mutations.Count) / Elapsed.TotalSeconds;

    public string Placement => FirstInstanceOnly ? $"all {Clients} on {Instances[0].Name}" : $"{Clients / (double)Instances.Count:F0} per instance";

    public void Print()
    {
        Console.WriteLine($"{Clients} clients ({Placement}), {Elapsed.TotalSeconds:F0} s timed: {RequestsPerSecond:F0} req/s, {Errors} errors");
        Console.WriteLine($"  reads:     {Reads}");
        Console.WriteLine($"  mutations: {Mutations}");
        foreach (var i in Instances)
        {
            Console.WriteLine($"  {i.Name} (PID {i.Pid}): RSS max {i.MaxRssMiB:F0} MiB during the run, {i.EndRssMiB:F0} MiB at the end, VmHWM {i.PeakMiB:F0} MiB; "
                + $"CPU {i.CpuSeconds:F1} s ({i.CpuSeconds / Elapsed.TotalSeconds * 100:F0} % of a core); up to {i.MaxConnections} connections");
            Console.WriteLine($"    runtime: {i.Runtime.Line}");
        }

        Console.WriteLine($"  PostgreSQL (all processes of the cluster): CPU {PostgresCpuSeconds:F1} s ({PostgresCpuSeconds / Elapsed.TotalSeconds * 100:F0} % of a core)");
        Console.WriteLine($"  machine: load average up to {LoadAverage:F1} on {Environment.ProcessorCount} cores"
            + (Overloaded ? "; overloaded, so a queue or a starvation injection may be CPU time the servers did not get rather than blocked threads" : ""));
        if (ErrorsByRequest.Count > 0)
        {
            Console.WriteLine("  errors by request: " + string.Join(", ", ErrorsByRequest.Select(e => $"{e.Request} {e.Errors}")));
        }

        foreach (var error in FirstErrors)
        {
            Console.WriteLine($"  error: {error}");
        }
    }

    /// <summary>A row of the README's table.</summary>
    public string Row() =>
        $"| {Clients} ({Placement}) | {RequestsPerSecond:F0} | {Reads.P50:F1} / {Reads.P95:F1} / {Reads.P99:F1} | {Mutations.P50:F1} / {Mutations.P95:F1} / {Mutations.P99:F1} | {Errors} | "
        + string.Join(" · ", Instances.Select(i => $"{i.MaxRssMiB:F0} ({i.PeakMiB:F0})")) + " | "
        + string.Join(" · ", Instances.Select(i => $"{i.CpuSeconds:F0}")) + $" | {PostgresCpuSeconds:F0} |";

    /// <summary>A row of the README's table of runtime counters, one line per instance.</summary>
    public IEnumerable<string> RuntimeRows() => Instances.Select(i =>
        $"| {Clients} ({Placement}) | {i.Name} | {i.Runtime.ThreadsMin:F0}–{i.Runtime.ThreadsMax:F0} ({i.Runtime.ThreadsFirst:F0} → {i.Runtime.ThreadsLast:F0}) | "
        + $"{i.Runtime.QueueMax:F0} / {i.Runtime.QueueMean:F2} | {i.Runtime.CompletedPerSecond:F0} | {i.Runtime.ContentionsPerSecond:F1} | {i.Runtime.GcHeapMaxMiB:F0} | "
        + $"{i.Runtime.GcPauseMsPerSecond:F1} | {i.Runtime.Injected} ({i.Runtime.StarvationInjections}) | {i.Runtime.Verdict} | {LoadAverage:F0} |");
}
