using Network.Benchmarks.Production;

namespace Network.Benchmarks.Peer;

/// <summary>
/// What one timed phase measured for one server and query: requests and their times, the CPU time of the server's
/// processes, of the whole PostgreSQL cluster and of the server role's backends, and the statements the role ran.
/// </summary>
internal sealed record PhaseFigures(
    string Server, string Query, int Clients, TimeSpan Elapsed, double[] TimesMs, int Errors, string? FirstError,
    double ServerCpuSeconds, double PostgresCpuSeconds, double BackendCpuSeconds, IReadOnlyList<StatementFigures> Statements)
{
    public Percentiles Times { get; } = Percentiles.Of([.. TimesMs]);

    public int Requests => TimesMs.Length;

    public double RequestsPerSecond => Requests / Elapsed.TotalSeconds;

    public long StatementCalls => Statements.Sum(s => s.Calls);

    public double StatementMilliseconds => Statements.Sum(s => s.TotalMilliseconds);

    public double PlanMilliseconds => Statements.Sum(s => s.PlanMilliseconds);

    public override string ToString() =>
        $"{Server,-12} {Query,-42} {Clients,3} clients: {RequestsPerSecond,6:F0} req/s, p50 {Times.P50,6:F1} ms, p99 {Times.P99,6:F1} ms, "
        + $"CPU/request: server {PerRequest(ServerCpuSeconds),5:F2} ms, PostgreSQL {PerRequest(PostgresCpuSeconds),5:F2} ms (its backends {PerRequest(BackendCpuSeconds),5:F2}); "
        + $"{StatementCalls / (double)Math.Max(1, Requests):F2} statements/request, {StatementMilliseconds / Math.Max(1, StatementCalls):F3} ms each to execute, {PlanMilliseconds / Math.Max(1, StatementCalls):F3} to plan"
        + (Errors > 0 ? $"; {Errors} errors, first: {FirstError}" : string.Empty);

    private double PerRequest(double seconds) => seconds * 1000 / Math.Max(1, Requests);
}
