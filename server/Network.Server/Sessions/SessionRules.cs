namespace Network.Server.Sessions;

/// <summary>The limits of a session's fields, shared by validation and the database's constraints.</summary>
public static class SessionRules
{
    public const int MinMinutes = 15;
    public const int MaxMinutes = 240;
    public const int MaxAgendaTopics = 10;
    public const int MaxReasonLength = 500;
    public const int MaxNoteLength = 4000;
    public const int MaxLinkLength = 500;
    public const string DefaultTimeZone = "Europe/London";

    /// <summary>How far ahead a session may be scheduled.</summary>
    public static readonly TimeSpan MaxLeadTime = TimeSpan.FromDays(400);
}
