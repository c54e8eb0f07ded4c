namespace Network.Server.Insights;

/// <summary>
/// Ranks, in each authority, the skills whose open gaps most outnumber the mentors there who offer them. Only
/// published figures are ranked: a rank worked out from withheld ones would hint at them.
/// </summary>
internal static class Hotspots
{
    public static IReadOnlyList<Hotspot> Rank(InsightSnapshot snapshot, RegionalInsightsFilter? filter, int first) =>
        [.. InsightSelection.Select(snapshot, [InsightDimension.LocalAuthority, InsightDimension.Skill], filter)
            .GroupBy(cell => cell.LocalAuthority!)
            .Select(authority => new Hotspot(authority.Key, [.. authority
                .Select(cell => (cell, unmet: UnmetDemand(cell)))
                .Where(x => x.unmet > 0)
                .OrderByDescending(x => x.unmet)
                .ThenByDescending(x => x.cell[InsightMeasure.HardToFillVacancies].Value ?? 0)
                .ThenBy(x => x.cell.Skill!.Name, StringComparer.Ordinal)
                .Take(first)
                .Select((x, i) => new HotspotSkill(i + 1, x.unmet, x.cell))]))];

    private static long UnmetDemand(InsightCell cell) =>
        cell[InsightMeasure.OpenSkillsGaps] is { Suppressed: false, Value: { } gaps } && cell[InsightMeasure.MentorsOffering] is { Suppressed: false, Value: { } offering }
            ? (long)(gaps - offering)
            : 0;
}
