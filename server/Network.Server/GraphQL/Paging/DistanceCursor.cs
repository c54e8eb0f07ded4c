namespace Network.Server.GraphQL.Paging;

/// <summary>
/// Where a row stands in a list ordered by distance: PostGIS's <c>&lt;-&gt;</c> distance exactly as the
/// database computed it, and the row's key, which orders rows at the same distance.
/// </summary>
public readonly record struct DistanceCursor(double Distance, int Key);
