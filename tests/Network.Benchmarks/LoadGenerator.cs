using System.Diagnostics;

namespace Network.Benchmarks;

/// <summary>
/// A closed-loop load generator: <c>concurrency</c> clients each send the next request as soon as the last one
/// answers, for a while (<see cref="RunAsync"/>) or until a list of requests is used up (<see cref="RunEachAsync"/>).
/// </summary>
internal static class LoadGenerator
{
    public static async Task<LoadResult> RunAsync(Workload workload, int concurrency, TimeSpan duration)
    {
        var latencies = new List<double>[concurrency];
        var clock = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, concurrency).Select(async worker =>
        {
            var mine = latencies[worker] = [];
            while (clock.Elapsed < duration)
            {
                var start = Stopwatch.GetTimestamp();
                await workload.SendAsync();
                mine.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            }
        });
        await Task.WhenAll(workers);
        var elapsed = clock.Elapsed;

        var all = latencies.SelectMany(l => l).Order().ToArray();
        return new LoadResult(
            workload.Name,
            all.Length,
            elapsed,
            TimeSpan.FromMilliseconds(all[all.Length / 2]),
            TimeSpan.FromMilliseconds(all[(int)(all.Length * 0.95)]),
            TimeSpan.FromMilliseconds(all[^1]));
    }

    /// <summary>
    /// Sends each of <paramref name="requests"/> once, in order: <paramref name="concurrency"/> clients each take the next
    /// one as soon as their last one answers, until none is left. For operations that happen once, such as a mentor enrolling.
    /// </summary>
    public static async Task<LoadResult> RunEachAsync(string name, IReadOnlyList<Func<Task>> requests, int concurrency)
    {
        var latencies = new double[requests.Count];
        var next = -1;
        var clock = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, concurrency).Select(async _ =>
        {
            for (var i = Interlocked.Increment(ref next); i < requests.Count; i = Interlocked.Increment(ref next))
            {
                var start = Stopwatch.GetTimestamp();
                await requests[i]();
                latencies[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            }
        });
        await Task.WhenAll(workers);
        var elapsed = clock.Elapsed;

        var all = latencies.Order().ToArray();
        return new LoadResult(
            name,
            all.Length,
            elapsed,
            TimeSpan.FromMilliseconds(all[all.Length / 2]),
            TimeSpan.FromMilliseconds(all[(int)(all.Length * 0.95)]),
            TimeSpan.FromMilliseconds(all[^1]));
    }
}
