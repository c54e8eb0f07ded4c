namespace Network.Benchmarks.Peer;

/// <summary>One normalised statement from <c>pg_stat_statements</c>: how often it ran, its total execution time and the rows it returned.</summary>
internal sealed record StatementFigures(string Query, long Calls, double TotalMilliseconds, long Rows);
