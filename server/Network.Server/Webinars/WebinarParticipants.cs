using Network.Server.SkillsGaps;

namespace Network.Server.Webinars;

/// <summary>The weights a webinar's participant suggestions are ranked by.</summary>
public static class WebinarParticipants
{
    /// <summary>Points a topic the mentor wants to learn gives.</summary>
    public const double WantedTopicPoints = 3;

    /// <summary>Points a mentor's preferred format that suits the webinar's gives, and a sector the webinar is for.</summary>
    public const double FitPoints = 1;

    /// <summary>Points each hard-to-fill vacancy gives, up to <see cref="MaxHardToFillCounted"/> of them.</summary>
    public const double HardToFillPoints = 0.5;

    public const int MaxHardToFillCounted = 10;

    /// <summary>Kilometres to the venue of an in-person webinar that cost one point.</summary>
    public const double KmPerPoint = 10;

    /// <summary>Points an open gap gives by its severity: LOW 1 to CRITICAL 4.</summary>
    public static double SeverityPoints(SkillsGapSeverity severity) => (int)severity + 1;
}
