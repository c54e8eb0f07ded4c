namespace Network.Server.SkillsGaps;

/// <summary>How a skills gap ends: the two closed values of <see cref="SkillsGapStatus"/>.</summary>
public enum SkillsGapClosure
{
    Filled,
    Withdrawn,
}
