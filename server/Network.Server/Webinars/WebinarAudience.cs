namespace Network.Server.Webinars;

/// <summary>Whom a webinar is for, which is whom its organiser looks for. Stored as numbers; members are only appended.</summary>
public enum WebinarAudience
{
    /// <summary>Employers with open skills gaps in its topics.</summary>
    EmployersWithGaps,

    /// <summary>Mentors who want to learn its topics.</summary>
    MentorsWantingTopics,

    /// <summary>Both employers with gaps in its topics and mentors who want them.</summary>
    EmployersAndMentors,
}
