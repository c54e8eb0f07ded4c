using System.Diagnostics;

namespace Network.Benchmarks;

/// <summary>A closed-loop load generator: <c>concurrency</c> clients each send the next request as soon as the last one answers.</summary>
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
            TimeSpan.FromMilliseconds(all[(int)(all.Length * 0.95)]));
    }
}
