namespace Network.Server.Scoring;

/// <summary>
/// What a programme's objectives target, which its pairs score higher for: skills to be taught, and skills
/// gaps of particular employers to be addressed (the gap's skill taught to a mentor of its employer).
/// </summary>
public sealed record ScoringFocus(IReadOnlySet<int> TargetSkills, IReadOnlySet<(int EmployerId, int SkillId)> TargetGaps)
{
    public bool IsTargetSkill(int skillId) => TargetSkills.Contains(skillId);

    public bool IsTargetGap(int learnerEmployerId, int skillId) => TargetGaps.Contains((learnerEmployerId, skillId));
}
