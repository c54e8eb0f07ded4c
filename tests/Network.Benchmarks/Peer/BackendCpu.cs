using Network.Benchmarks.Production;

namespace Network.Benchmarks.Peer;

/// <summary>
/// The CPU time one role's PostgreSQL backends spend during a phase, from <c>/proc/PID/stat</c>: the backends open at the
/// start count from there, those opened later from nothing (their connection set-up is the phase's too). Sampled every
/// second, so a backend that closes within the phase loses at most its last second.
/// </summary>
internal sealed class BackendCpu(PostgresMonitor monitor, string role)
{
    private readonly Dictionary<int, (double First, double Last)> _backends = [];
    private bool _started;

    public double Seconds => _backends.Values.Sum(b => b.Last - b.First);

    public async Task SampleAsync()
    {
        foreach (var pid in await monitor.BackendsAsync(role))
        {
            var now = ProcessFigures.CpuSeconds(pid);
            if (now <= 0 && _backends.ContainsKey(pid))
            {
                continue;
            }

            _backends[pid] = _backends.TryGetValue(pid, out var seen) ? (seen.First, now) : (_started ? 0 : now, now);
        }

        _started = true;
    }
}
