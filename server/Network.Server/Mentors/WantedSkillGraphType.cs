namespace Network.Server.Mentors;

public sealed class WantedSkillGraphType() : MentorSkillGraphType<WantedSkill>("WantedSkill", "The mentor's level in the skill today.");
