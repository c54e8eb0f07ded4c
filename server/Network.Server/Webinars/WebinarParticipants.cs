namespace Network.Server.Webinars;

/// <summary>Which participants a webinar's audience looks for.</summary>
public static class WebinarParticipants
{
    public static bool ForEmployers(WebinarAudience audience) => audience is WebinarAudience.EmployersWithGaps or WebinarAudience.EmployersAndMentors;

    public static bool ForMentors(WebinarAudience audience) => audience is WebinarAudience.MentorsWantingTopics or WebinarAudience.EmployersAndMentors;
}
