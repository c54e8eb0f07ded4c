namespace Network.Server.Mentors;

public enum CareerStage
{
    Early,
    Mid,
    Senior,
}
