namespace Network.Server.Insights;

/// <summary>What regional figures can be broken down by.</summary>
public enum InsightDimension
{
    LocalAuthority,
    Sector,
    Skill,
    SkillCategory,
    Month,
}
