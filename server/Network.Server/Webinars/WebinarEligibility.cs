using Network.Server.Skills;

namespace Network.Server.Webinars;

/// <summary>
/// Who may register for a webinar. Mentors, when its audience includes mentors: a mentor learns across sectors, which is the
/// point of the network, so the webinar's sectors do not limit them. Employers (through their admins), when its audience
/// includes employers and their sector is one of the webinar's sectors (any sector when it names none). An open skills gap is
/// not required: the audience says whom the organiser looks for, and an employer may be preparing for a gap it has not published.
/// </summary>
public static class WebinarEligibility
{
    public const string Rule = "Mentors may register when the audience includes mentors (MENTORS_WANTING_TOPICS, EMPLOYERS_AND_MENTORS), whatever their sector; " +
        "employers when it includes employers (EMPLOYERS_WITH_GAPS, EMPLOYERS_AND_MENTORS) and their sector is one of the webinar's sectors (NotEligibleForWebinarError otherwise).";

    public static bool IncludesMentors(WebinarAudience audience) => audience is WebinarAudience.MentorsWantingTopics or WebinarAudience.EmployersAndMentors;

    public static bool IncludesEmployers(WebinarAudience audience) => audience is WebinarAudience.EmployersWithGaps or WebinarAudience.EmployersAndMentors;

    /// <summary>Why a mentor may not register; null when they may.</summary>
    public static WebinarIneligibility? ForMentor(Webinar webinar) =>
        IncludesMentors(webinar.Audience) ? null : WebinarIneligibility.AudienceExcludesMentors;

    /// <summary>Why an employer of <paramref name="sector"/> may not register; null when it may.</summary>
    public static WebinarIneligibility? ForEmployer(Webinar webinar, Sector sector) =>
        !IncludesEmployers(webinar.Audience) ? WebinarIneligibility.AudienceExcludesEmployers
        : webinar.Sectors.Count > 0 && !webinar.Sectors.Contains(sector) ? WebinarIneligibility.SectorNotTargeted
        : null;

    public static string Explain(WebinarIneligibility reason) => reason switch
    {
        WebinarIneligibility.AudienceExcludesEmployers => "The webinar is for mentors: employers may not register for it.",
        WebinarIneligibility.AudienceExcludesMentors => "The webinar is for employers: mentors may not register for it.",
        _ => "The webinar is for employers in other sectors than yours.",
    };
}
