namespace Network.Server.Insights;

/// <summary>The answer to <c>regionalInsights</c>: figures broken down as asked, all from one snapshot.</summary>
public sealed record RegionalInsights(InsightSnapshot Snapshot, IReadOnlyList<InsightDimension> GroupBy, IReadOnlyList<InsightCell> Cells);
