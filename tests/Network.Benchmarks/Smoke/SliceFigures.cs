namespace Network.Benchmarks.Smoke;

/// <summary>One workload's share of a smoke round: requests answered, how long it ran, and the CPU time the process used meanwhile.</summary>
internal sealed record SliceFigures(int Requests, TimeSpan Elapsed, double CpuMilliseconds)
{
    public double RequestsPerSecond => Requests / Elapsed.TotalSeconds;

    public double CpuPerRequest => CpuMilliseconds / Requests;
}
