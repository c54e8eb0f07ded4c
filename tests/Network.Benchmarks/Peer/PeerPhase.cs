using System.Diagnostics;
namespace Network.Benchmarks.Peer;

/// <summary>
/// One timed phase: <c>clients</c> closed-loop clients in this process send one server one logical query, each request
/// with arguments drawn at random, for a fixed while. The statement statistics are reset first, and the CPU time of the
/// server, of PostgreSQL and of the server role's backends is taken before and after.
/// </summary>
internal static class PeerPhase
{
    public static async Task<PhaseFigures> RunAsync(PeerTarget target, PeerQuery query, int clients, TimeSpan duration, PostgresMonitor monitor, Func<double> postgresCpuSeconds)
    {
        await monitor.ResetStatementsAsync();
        var backends = new BackendCpu(monitor, target.Role);
        await backends.SampleAsync();
        var serverBefore = target.CpuSeconds();
        var postgresBefore = postgresCpuSeconds();

        var times = new List<double>[clients];
        var errors = 0;
        string? firstError = null;
        var clock = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, clients).Select(async client =>
        {
            await Task.Yield();
            var mine = times[client] = [];
            while (clock.Elapsed < duration)
            {
                var request = target.Request(query, query.Arguments[Random.Shared.Next(query.Arguments.Count)]);
                var start = Stopwatch.GetTimestamp();
                var (_, error) = await target.Client.SendAsync(request);
                mine.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
                if (error is not null && Interlocked.Increment(ref errors) == 1)
                {
                    firstError = error;
                }
            }
        }).ToArray();

        var all = Task.WhenAll(workers);
        while (await Task.WhenAny(all, Task.Delay(TimeSpan.FromSeconds(1))) != all)
        {
            await backends.SampleAsync();
        }

        await all;
        var elapsed = clock.Elapsed;
        var serverCpu = target.CpuSeconds() - serverBefore;
        var postgresCpu = postgresCpuSeconds() - postgresBefore;
        await backends.SampleAsync();
        var statements = await monitor.StatementsAsync(target.Role);
        return new PhaseFigures(target.Name, query.Name, clients, elapsed, [.. times.SelectMany(t => t)], errors, firstError,
            serverCpu, postgresCpu, backends.Seconds, statements);
    }
}
