using System.Diagnostics;

namespace Network.Benchmarks.Production;

/// <summary>
/// A closed-loop run against the two instances: each client is bound to one instance (client i to instance i mod the
/// number of instances, or all to the first) and sends its next request as soon as the last one answers. After a
/// warm-up the requests are timed for a fixed while, and the servers' memory is sampled every second and their runtime
/// counters read for the timed part.
/// </summary>
internal static class ClosedLoopRun
{
    public static async Task<ClosedLoopFigures> RunAsync(ProductionNetwork network, int clients, bool firstInstanceOnly, TimeSpan warmup, TimeSpan duration)
    {
        var servers = network.Servers;
        int InstanceOf(int client) => firstInstanceOnly ? 0 : client % servers.Count;
        var http = servers.Select((server, i) => new ProductionClient(server.BaseAddress, Math.Max(1, Enumerable.Range(0, clients).Count(c => InstanceOf(c) == i)))).ToArray();
        try
        {
            var log = new LatencyLog();
            var stop = false;
            var workers = Enumerable.Range(0, clients).Select(async client =>
            {
                await Task.Yield();
                var mine = http[InstanceOf(client)];
                while (!Volatile.Read(ref stop))
                {
                    var request = network.Workload.Next();
                    await mine.SendAsync(request, () => Volatile.Read(ref log), Stopwatch.GetTimestamp());
                }
            }).ToArray();

            if (warmup > TimeSpan.Zero)
            {
                await Task.Delay(warmup);
            }

            var warm = Volatile.Read(ref log);
            Volatile.Write(ref log, new LatencyLog());
            var cpuBefore = servers.Select(s => s.CpuSeconds()).ToArray();
            var postgresBefore = network.PostgresCpuSeconds();
            var clock = Stopwatch.StartNew();
            var timedFrom = Stopwatch.GetTimestamp();

            var peakRss = new double[servers.Count];
            var peakConnections = new int[servers.Count];
            var load = 0.0;
            while (clock.Elapsed < duration)
            {
                await Task.Delay(TimeSpan.FromSeconds(1));
                load = Math.Max(load, ProcessFigures.LoadAverage());
                for (var i = 0; i < servers.Count; i++)
                {
                    peakRss[i] = Math.Max(peakRss[i], servers[i].Memory().RssMiB);
                    peakConnections[i] = Math.Max(peakConnections[i], servers[i].EstablishedConnections());
                }
            }

            var timedTo = Stopwatch.GetTimestamp();
            Volatile.Write(ref stop, true);
            await Task.WhenAll(workers);
            var elapsed = clock.Elapsed;
            var measured = Volatile.Read(ref log);
            var postgres = network.PostgresCpuSeconds() - postgresBefore;
            var instances = servers.Select((s, i) =>
            {
                var (rss, peak) = s.Memory();
                return new InstanceFigures(s.Name, s.Pid, peakRss[i], rss, peak, s.CpuSeconds() - cpuBefore[i], peakConnections[i], i < network.Counters.Count
                    ? network.Counters[i].Between(timedFrom, timedTo)
                    : RuntimeFigures.Of([], [], Stopwatch.GetElapsedTime(timedFrom, timedTo)));
            }).ToArray();
            return new ClosedLoopFigures(clients, firstInstanceOnly, elapsed, measured.Reads(), measured.Mutations(), measured.Errors + warm.Errors,
                [.. warm.FirstErrors, .. measured.FirstErrors],
                [.. warm.ErrorsByRequest.Concat(measured.ErrorsByRequest).GroupBy(e => e.Request).Select(g => (g.Key, g.Sum(e => e.Errors))).OrderByDescending(e => e.Item2)],
                instances,
                postgres,
                load);
        }
        finally
        {
            foreach (var client in http)
            {
                client.Dispose();
            }
        }
    }
}
