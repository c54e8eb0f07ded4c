using Network.Server.Geo;

namespace Network.Server.Insights;

/// <summary>A local authority's skills with the largest unmet demand, most first.</summary>
public sealed record Hotspot(LocalAuthority LocalAuthority, IReadOnlyList<HotspotSkill> Skills);

/// <summary>A skill in demand in an authority: open gaps beyond the mentors there who offer it.</summary>
public sealed record HotspotSkill(int Rank, long UnmetDemand, InsightCell Figures);
