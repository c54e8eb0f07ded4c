namespace Network.Server.Mentors;

public sealed class OfferedSkillGraphType() : MentorSkillGraphType<OfferedSkill>("OfferedSkill", "The level at which the mentor holds the skill.");
