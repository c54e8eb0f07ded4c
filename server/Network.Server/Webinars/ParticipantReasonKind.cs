namespace Network.Server.Webinars;

/// <summary>What a reason for suggesting a participant is about.</summary>
public enum ParticipantReasonKind
{
    /// <summary>The employer has open skills gaps in one of the webinar's topics.</summary>
    OpenGap,

    /// <summary>The employer's gaps in the topics have hard-to-fill vacancies.</summary>
    HardToFill,

    /// <summary>The gaps, or the mentor's employer, are in a sector the webinar is for.</summary>
    Sector,

    /// <summary>How far the venue of an in-person webinar is.</summary>
    Distance,

    /// <summary>The mentor wants to learn one of the webinar's topics.</summary>
    WantsTopic,

    /// <summary>The mentor's preferred way of meeting suits the webinar's format.</summary>
    Format,
}
