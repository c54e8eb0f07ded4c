namespace Network.Server.Insights;

/// <summary>The figures kept for every area, sector, skill and month.</summary>
public enum InsightMeasure
{
    OpenSkillsGaps,
    OpenSkillsGapsLow,
    OpenSkillsGapsMedium,
    OpenSkillsGapsHigh,
    OpenSkillsGapsCritical,
    HardToFillVacancies,
    EmployersReportingGaps,
    MentorsOffering,
    MentorsWanting,
    PairingsFormed,
    PairingsActive,
    PairingsCompleted,
    TwoWayPairings,
    WebinarRegistrations,
    WebinarAttendance,
}
