using System.Diagnostics;

namespace Network.Benchmarks.Production;

/// <summary>
/// <c>--soak</c>: the mixed workload at a fixed arrival rate (<c>--rate</c> requests a second, open loop: a request is sent
/// when it is due whether or not earlier ones have answered) for <c>--minutes</c>, in turn to the two instances. Every
/// <c>--report-seconds</c> (60) it prints the interval's requests, p50 and p99, errors and each instance's RSS; at the end a
/// table by period and the verdict of <see cref="SoakVerdict"/>. A request's time counts from when it was due, so that a
/// stalled server shows as latency rather than as fewer requests.
/// </summary>
internal static class SoakBenchmark
{
    // Enough connections per instance for the rate at a few seconds per request; more requests than that wait for one, and that wait counts.
    private const int ConnectionsPerInstance = 256;

    public static async Task<int> RunAsync(BenchmarkOptions options)
    {
        var length = TimeSpan.FromMinutes(options.Minutes);
        var every = TimeSpan.FromSeconds(options.ReportSeconds);
        Console.WriteLine($"Soak: {options.Rate} requests/s for {options.Minutes} min over two instances, a report every {every.TotalSeconds:F0} s.");
        await using var network = await ProductionNetwork.StartAsync(options.Mentors, options.PoolSize, options.ServerSettings, runtimeCounters: false);
        if (!await network.WarmUpAsync(options.Warmup))
        {
            return 1;
        }

        var servers = network.Servers;
        var clients = servers.Select(s => new ProductionClient(s.BaseAddress, ConnectionsPerInstance)).ToArray();
        try
        {
            var intervals = new List<SoakInterval>();
            var pending = new List<Task>();
            var log = new LatencyLog();
            var clock = Stopwatch.StartNew();
            var start = Stopwatch.GetTimestamp();
            var ticksPerRequest = Stopwatch.Frequency / (double)options.Rate;
            var reports = (int)Math.Ceiling(length / every);
            long sent = 0;

            SoakInterval Report(int number)
            {
                var finished = log;
                log = new LatencyLog();
                var interval = new SoakInterval(number, every * (number - 1), every * number, finished, [.. servers.Select(s => s.Memory().RssMiB)], network.PostgresCpuSeconds());
                Console.WriteLine(interval.Line(servers));
                pending.RemoveAll(t => t.IsCompleted);
                return interval;
            }

            while (clock.Elapsed < length)
            {
                var due = start + (long)(sent * ticksPerRequest);
                if (Stopwatch.GetTimestamp() >= due)
                {
                    var request = network.Workload.Next();
                    pending.Add(clients[sent % clients.Length].SendAsync(request, () => log, due));
                    sent++;
                    continue;
                }

                if (clock.Elapsed >= every * (intervals.Count + 1) && intervals.Count + 1 < reports)
                {
                    intervals.Add(Report(intervals.Count + 1));
                    continue;
                }

                await Task.Delay(TimeSpan.FromMilliseconds(1));
            }

            await Task.WhenAll(pending);
            intervals.Add(Report(intervals.Count + 1));
            var completed = intervals.Sum(i => i.Log.All().Count);
            Console.WriteLine($"Sent {sent:N0} requests in {length.TotalMinutes:F0} min ({sent / length.TotalSeconds:F1}/s against {options.Rate}/s asked); {completed:N0} answered.");
            var byRequest = intervals.SelectMany(i => i.Log.ErrorsByRequest).GroupBy(e => e.Request).Select(g => $"{g.Key} {g.Sum(e => e.Errors)}").ToArray();
            if (byRequest.Length > 0)
            {
                Console.WriteLine("Errors by request: " + string.Join(", ", byRequest));
            }

            foreach (var error in intervals.SelectMany(i => i.Log.FirstErrors).Take(5))
            {
                Console.WriteLine($"error: {error}");
            }

            return SoakVerdict.Print(intervals, servers) ? 0 : 1;
        }
        finally
        {
            foreach (var client in clients)
            {
                client.Dispose();
            }
        }
    }
}
