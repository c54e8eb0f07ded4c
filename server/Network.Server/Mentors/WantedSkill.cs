namespace Network.Server.Mentors;

/// <summary>A skill the mentor wants to learn, with the level they hold it at today.</summary>
public sealed class WantedSkill : MentorSkill;
