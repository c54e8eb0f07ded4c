namespace Network.Benchmarks;

internal sealed record LoadResult(string Name, int Requests, TimeSpan Elapsed, TimeSpan Median, TimeSpan P95, TimeSpan Max)
{
    public double RequestsPerSecond => Requests / Elapsed.TotalSeconds;

    public override string ToString() =>
        $"{Name}: {RequestsPerSecond:F0} req/s, median {Median.TotalMilliseconds:F2} ms, p95 {P95.TotalMilliseconds:F2} ms";
}
