using Network.Server.Skills;

namespace Network.Server.Mentors;

/// <summary>A skill on a mentor's profile, with a level: one they offer to teach, or one they want to learn.</summary>
public abstract class MentorSkill
{
    public int MentorId { get; set; }

    public int SkillId { get; set; }

    public Skill? Skill { get; set; }

    public SkillLevel Level { get; set; }
}
