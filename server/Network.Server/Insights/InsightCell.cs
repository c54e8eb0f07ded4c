using System.Globalization;
using Network.Server.Geo;
using Network.Server.Skills;

namespace Network.Server.Insights;

/// <summary>One row of figures: a place, sector, skill and month (each null when the row covers them all).</summary>
public sealed record InsightCell(InsightSnapshot Snapshot, int Cell)
{
    private (int Area, int Sector, int Skill, int Month) At => Snapshot.Axes.Coordinates(Cell);

    public LocalAuthority? LocalAuthority => At.Area < Snapshot.Axes.Area.Leaves ? Snapshot.Axes.Authorities[At.Area] : null;

    public bool? CombinedAuthority =>
        At.Area == Snapshot.Axes.Area.All ? null
        : At.Area == Snapshot.Axes.OtherArea ? false
        : At.Area == Snapshot.Axes.CombinedAuthorityArea || LocalAuthority!.CombinedAuthority;

    public Sector? Sector => At.Sector < Snapshot.Axes.Sector.Leaves ? (Sector)At.Sector : null;

    public Skill? Skill => At.Skill < Snapshot.Axes.Skill.Leaves ? Snapshot.Axes.Skills[At.Skill] : null;

    public SkillCategory? SkillCategory =>
        Skill is { } skill ? skill.Category
        : At.Skill == Snapshot.Axes.Skill.All ? null
        : (SkillCategory)(At.Skill - Snapshot.Axes.Skill.Leaves);

    /// <summary>YYYY-MM, or null for the whole window.</summary>
    public string? Month => At.Month < Snapshot.Axes.Month.Leaves ? Snapshot.Axes.MonthStart(At.Month).ToString("yyyy-MM", CultureInfo.InvariantCulture) : null;

    public InsightFigure this[InsightMeasure measure] => Snapshot.Figure(measure, Cell);

    public InsightFigure SupplyDemandRatio => InsightFigure.Ratio(this[InsightMeasure.MentorsOffering], this[InsightMeasure.OpenSkillsGaps]);

    public InsightFigure TwoWayShare => InsightFigure.Ratio(this[InsightMeasure.TwoWayPairings], this[InsightMeasure.PairingsFormed]);
}
