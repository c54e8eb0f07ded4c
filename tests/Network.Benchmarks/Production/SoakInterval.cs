namespace Network.Benchmarks.Production;

/// <summary>One reporting interval of a soak (a minute unless told): the requests that completed in it, and each instance's RSS at its end.</summary>
internal sealed record SoakInterval(int Number, TimeSpan Start, TimeSpan End, LatencyLog Log, IReadOnlyList<double> RssMiB, double PostgresCpuSeconds)
{
    public string Line(IReadOnlyList<ServerProcess> servers)
    {
        var all = Log.All();
        return $"{End.TotalMinutes,6:F1} min: {all.Count,6:N0} requests, p50 {all.P50,6:F1} ms, p99 {all.P99,7:F1} ms, {Log.Errors} errors; RSS "
            + string.Join(", ", servers.Select((s, i) => $"{s.Name} {RssMiB[i]:F0} MiB")) + $"; PostgreSQL CPU {PostgresCpuSeconds:F1} s";
    }
}
