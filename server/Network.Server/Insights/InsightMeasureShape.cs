namespace Network.Server.Insights;

/// <summary>
/// How a measure behaves under the disclosure rules. A figure is additive along an axis when a group's figure is
/// exactly the sum of its members' (a gap lies in one authority; a mentor offering two skills counts once for the
/// category, so mentors are not additive along skills): only exact sums let suppressed figures be worked out, so only
/// they need complementary suppression. A stock (open gaps, active pairings) is counted at the end of each month, and
/// its figure for the whole window is that of the last month; a flow (pairings formed) is counted in the month it
/// happened, and the window's figure is the sum of the months.
/// </summary>
internal sealed record InsightMeasureShape(InsightMeasure Measure, bool AboutPeople, bool Stock, bool AreaAdditive, bool SectorAdditive, bool SkillAdditive)
{
    public static IReadOnlyList<InsightMeasureShape> All { get; } =
    [
        Gaps(InsightMeasure.OpenSkillsGaps),
        Gaps(InsightMeasure.OpenSkillsGapsLow),
        Gaps(InsightMeasure.OpenSkillsGapsMedium),
        Gaps(InsightMeasure.OpenSkillsGapsHigh),
        Gaps(InsightMeasure.OpenSkillsGapsCritical),
        Gaps(InsightMeasure.HardToFillVacancies),
        new(InsightMeasure.EmployersReportingGaps, AboutPeople: false, Stock: true, AreaAdditive: true, SectorAdditive: false, SkillAdditive: false),
        Mentors(InsightMeasure.MentorsOffering),
        Mentors(InsightMeasure.MentorsWanting),
        Pairings(InsightMeasure.PairingsFormed, stock: false),
        Pairings(InsightMeasure.PairingsActive, stock: true),
        Pairings(InsightMeasure.PairingsCompleted, stock: false),
        Pairings(InsightMeasure.TwoWayPairings, stock: false),
        Webinars(InsightMeasure.WebinarRegistrations),
        Webinars(InsightMeasure.WebinarAttendance),
    ];

    /// <summary>The open gaps of each severity add up to the open gaps.</summary>
    public static IReadOnlyList<InsightMeasure> Severities { get; } =
        [InsightMeasure.OpenSkillsGapsLow, InsightMeasure.OpenSkillsGapsMedium, InsightMeasure.OpenSkillsGapsHigh, InsightMeasure.OpenSkillsGapsCritical];

    private static InsightMeasureShape Gaps(InsightMeasure measure) => new(measure, false, true, true, true, true);

    private static InsightMeasureShape Mentors(InsightMeasure measure) => new(measure, true, true, true, true, false);

    // A pairing counts in the authority, sector and skills of both its mentors, so no axis adds up.
    private static InsightMeasureShape Pairings(InsightMeasure measure, bool stock) => new(measure, true, stock, false, false, false);

    // A registration is one person's, in one place and sector, for a webinar on several topics.
    private static InsightMeasureShape Webinars(InsightMeasure measure) => new(measure, true, false, true, true, false);
}
