namespace Network.Server.SkillsGaps;

public enum SkillsGapSeverity
{
    Low,
    Medium,
    High,
    Critical,
}
