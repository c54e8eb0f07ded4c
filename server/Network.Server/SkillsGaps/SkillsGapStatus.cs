namespace Network.Server.SkillsGaps;

public enum SkillsGapStatus
{
    Open,
    Filled,
    Withdrawn,
}
