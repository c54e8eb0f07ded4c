namespace Network.Server.Webinars;

/// <summary>The limits of a webinar's fields, shared by validation and the database's constraints.</summary>
public static class WebinarRules
{
    public const int MaxTitleLength = 200;
    public const int MaxDescriptionLength = 4000;
    public const int MaxReasonLength = 500;
    public const int MaxTopicSkills = 10;
    public const int MinMinutes = 15;
    public const int MaxMinutes = 480;
    public const int MaxCapacity = 10_000;

    /// <summary>How far ahead a webinar may be announced.</summary>
    public static readonly TimeSpan MaxLeadTime = TimeSpan.FromDays(400);
}
