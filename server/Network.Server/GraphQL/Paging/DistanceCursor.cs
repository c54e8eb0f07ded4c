namespace Network.Server.GraphQL.Paging;

/// <summary>
/// Where a row stands in a list ordered by distance: PostGIS's <c>&lt;-&gt;</c> distance exactly as the
/// database computed it, then the key of the row that owns the location (the employer of a skills gap;
/// the row itself elsewhere) and the row's own key, which together order rows at the same distance.
/// </summary>
public readonly record struct DistanceCursor(double Distance, int Place, int Key);
