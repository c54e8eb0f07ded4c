using Network.Server.Skills;

namespace Network.Server.Insights;

/// <summary>Which figures to return (<c>RegionalInsightsFilterInput</c>).</summary>
public sealed record RegionalInsightsFilter
{
    public List<string>? LocalAuthorityCodes { get; init; }

    public bool? CombinedAuthority { get; init; }

    public List<Sector>? Sectors { get; init; }

    public List<string>? SkillIds { get; init; }

    public List<SkillCategory>? SkillCategories { get; init; }

    public string? From { get; init; }

    public string? To { get; init; }
}
