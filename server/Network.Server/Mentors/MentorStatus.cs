namespace Network.Server.Mentors;

public enum MentorStatus
{
    Active,
    Withdrawn,
}
