namespace Network.Benchmarks.Production;

/// <summary>How many requests, and the 50th, 95th and 99th percentiles and the maximum of their times, in milliseconds.</summary>
internal sealed record Percentiles(int Count, double P50, double P95, double P99, double Max)
{
    public static Percentiles Of(double[] times)
    {
        if (times.Length == 0)
        {
            return new Percentiles(0, double.NaN, double.NaN, double.NaN, double.NaN);
        }

        Array.Sort(times);
        return new Percentiles(times.Length, At(times, 0.50), At(times, 0.95), At(times, 0.99), times[^1]);
    }

    public override string ToString() => $"{Count:N0} requests, p50 {P50:F1} ms, p95 {P95:F1} ms, p99 {P99:F1} ms, max {Max:F0} ms";

    // Nearest rank: the smallest time at least the given share of requests did not exceed.
    private static double At(double[] sorted, double share) => sorted[Math.Max(0, (int)Math.Ceiling(share * sorted.Length) - 1)];
}
