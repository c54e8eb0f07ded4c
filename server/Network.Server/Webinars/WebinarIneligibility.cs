namespace Network.Server.Webinars;

/// <summary>Why a mentor or an employer may not register for a webinar: its audience or its sectors leave them out.</summary>
public enum WebinarIneligibility
{
    /// <summary>The webinar is for mentors only (MENTORS_WANTING_TOPICS).</summary>
    AudienceExcludesEmployers,

    /// <summary>The webinar is for employers only (EMPLOYERS_WITH_GAPS).</summary>
    AudienceExcludesMentors,

    /// <summary>The employer's sector is not one of the webinar's sectors.</summary>
    SectorNotTargeted,
}
