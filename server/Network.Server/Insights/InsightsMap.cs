using NetTopologySuite.Geometries;

namespace Network.Server.Insights;

/// <summary>The regional figures as a GeoJSON FeatureCollection: one feature per local authority, its figures as properties.</summary>
public sealed record InsightsMap(InsightSnapshot Snapshot, IReadOnlyList<InsightsMapFeature> Features);

/// <summary>One authority of <see cref="InsightsMap"/>.</summary>
public sealed record InsightsMapFeature(string Code, MultiPolygon Geometry, InsightCell Properties);
