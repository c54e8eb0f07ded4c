namespace Network.Server.Mentors;

public enum MentoringFormat
{
    InPerson,
    Online,
    Hybrid,
}
