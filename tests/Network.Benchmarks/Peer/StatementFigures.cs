namespace Network.Benchmarks.Peer;

/// <summary>
/// One normalised statement from <c>pg_stat_statements</c>: how often it ran, its total execution time and the rows it
/// returned, and how often it was planned and for how long (a prepared statement is planned once, or when its generic plan is replaced).
/// </summary>
internal sealed record StatementFigures(string Query, long Calls, double TotalMilliseconds, long Rows, long Plans, double PlanMilliseconds);
