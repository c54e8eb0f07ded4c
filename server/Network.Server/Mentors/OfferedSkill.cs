namespace Network.Server.Mentors;

/// <summary>A skill the mentor can teach, at the level they hold it.</summary>
public sealed class OfferedSkill : MentorSkill;
