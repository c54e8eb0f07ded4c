using System.Globalization;

namespace Network.Benchmarks.Production;

/// <summary>
/// One server process's runtime counters over a timed stretch: the thread pool's threads (lowest, highest, first and last
/// sample), its queue (highest and mean), work items completed and lock contentions a second, the GC heap's highest size,
/// the time paused by the GC a second, gen-2 collections, and the thread pool's adjustments by reason. NaN where no sample came.
/// </summary>
internal sealed record RuntimeFigures(
    int Samples, double ThreadsMin, double ThreadsMax, double ThreadsFirst, double ThreadsLast, bool ThreadsClimbed,
    double QueueMax, double QueueMean, double CompletedPerSecond, double ContentionsPerSecond,
    double GcHeapMaxMiB, double GcPauseMsPerSecond, double Gen2Collections, double CpuPercent,
    IReadOnlyList<(string Reason, int Count)> Adjustments, int Injected, int StarvationInjections)
{
    /// <summary>
    /// A queue that holds on average more items than the machine has cores: work waiting for a thread rather than
    /// for its turn on a busy core.
    /// </summary>
    public static readonly double QueueLimit = Environment.ProcessorCount;

    /// <summary>
    /// How many threads a climb must add to count: hill climbing moves the count a thread or two at a time while it
    /// probes for throughput, which is not starvation.
    /// </summary>
    public static readonly int ClimbLimit = 2 * Environment.ProcessorCount;

    /// <summary>
    /// Starvation, by the runtime's own signal: the thread pool injected threads because queued work made no progress for
    /// a while, which is what threads blocked in waits cause.
    /// </summary>
    public bool Starved => StarvationInjections > 0;

    /// <summary>
    /// Signs of a busy pool that are not by themselves starvation: the thread count climbed through the stretch (every
    /// sample of its last quarter above every one of its first, by at least <see cref="ClimbLimit"/> from first to last),
    /// or the queue's mean stayed above <see cref="QueueLimit"/>. Without injections for starvation they are work waiting
    /// for a core (hill climbing adds threads while throughput rises), as on a machine whose cores are all busy.
    /// </summary>
    public IReadOnlyList<string> BusySigns =>
    [
        .. ThreadsClimbed ? [$"the thread count climbed from {ThreadsFirst:F0} to {ThreadsLast:F0}"] : Array.Empty<string>(),
        .. QueueMean > QueueLimit ? [$"the queue held {QueueMean:F1} items on average"] : Array.Empty<string>(),
    ];

    public string Verdict =>
        Samples == 0 ? "no counters read"
        : Starved ? $"STARVATION: {StarvationInjections} thread injections for starvation" + string.Concat(BusySigns.Select(sign => "; " + sign))
        : BusySigns.Count == 0 ? "no starvation"
        : "no starvation; busy: " + string.Join("; ", BusySigns);

    public string Line =>
        $"threads {ThreadsMin:F0}–{ThreadsMax:F0} (first {ThreadsFirst:F0}, last {ThreadsLast:F0}), queue max {QueueMax:F0} mean {QueueMean:F2}, "
        + $"{CompletedPerSecond:F0} work items/s, {ContentionsPerSecond:F1} lock contentions/s, GC heap max {GcHeapMaxMiB:F0} MiB, GC pauses {GcPauseMsPerSecond:F1} ms/s, "
        + $"{Gen2Collections:F0} gen-2 GCs, CPU {CpuPercent:F0} %; thread-pool adjustments: {(Adjustments.Count == 0 ? "none" : string.Join(", ", Adjustments.Select(a => $"{a.Reason} {a.Count}")))}"
        + $" ({Injected} added a thread); {Verdict}";

    public static RuntimeFigures Of(IReadOnlyList<CounterSample> samples, IReadOnlyList<ThreadAdjustment> adjustments, TimeSpan elapsed)
    {
        double[] Values(string name) => [.. samples.Where(s => s.Name == name).Select(s => s.Value)];
        double Max(string name) => Values(name) is { Length: > 0 } v ? v.Max() : double.NaN;
        double Mean(string name) => Values(name) is { Length: > 0 } v ? v.Average() : double.NaN;
        double PerSecond(string name) => Values(name).Sum() / elapsed.TotalSeconds;

        var threads = Values("threadpool-thread-count");
        var quarter = Math.Max(1, threads.Length / 4);
        var climbed = threads.Length >= 4 && threads[^quarter..].Min() > threads[..quarter].Max() && threads[^1] - threads[0] >= ClimbLimit;
        var injected = adjustments.Zip(adjustments.Skip(1), (before, after) => after.NewThreadCount > before.NewThreadCount).Count(added => added);
        return new RuntimeFigures(
            threads.Length,
            threads.Length > 0 ? threads.Min() : double.NaN,
            threads.Length > 0 ? threads.Max() : double.NaN,
            threads.Length > 0 ? threads[0] : double.NaN,
            threads.Length > 0 ? threads[^1] : double.NaN,
            climbed,
            Max("threadpool-queue-length"),
            Mean("threadpool-queue-length"),
            PerSecond("threadpool-completed-items-count"),
            PerSecond("monitor-lock-contention-count"),

            // gc-heap-size is in MB (10^6 bytes); the figures are in MiB.
            Max("gc-heap-size") * 1_000_000 / (1024 * 1024),
            PerSecond("total-pause-time-by-gc"),
            Values("gen-2-gc-count").Sum(),
            Mean("cpu-usage"),
            [.. adjustments.GroupBy(a => a.Reason).Select(g => (g.Key, g.Count())).OrderByDescending(g => g.Item2)],
            injected,
            adjustments.Count(a => a.Starvation));
    }

    /// <summary>A cell of the README's table: threads, queue and the verdict in short.</summary>
    public string Cell() => Samples == 0
        ? "no counters"
        : string.Create(CultureInfo.InvariantCulture, $"{ThreadsMin:F0}–{ThreadsMax:F0} threads, queue {QueueMax:F0} / {QueueMean:F1}, {StarvationInjections} starvation, {(Starved ? "STARVED" : BusySigns.Count == 0 ? "ok" : "busy")}");
}
