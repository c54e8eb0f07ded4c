namespace Network.Server.Mentors;

public enum SkillLevel
{
    Beginner,
    Intermediate,
    Advanced,
    Expert,
}
