using Network.Server.Geo;
using Network.Server.Skills;

namespace Network.Server.Insights;

/// <summary>
/// The coordinates of one set of figures: local authorities (each in the combined authority or not, then the
/// region), sectors, skills (in categories, then all skills) and the months of the window (then the whole window).
/// A cell is one value on each axis.
/// </summary>
internal sealed class InsightAxes
{
    public const int WindowMonths = 12;

    public InsightAxes(IEnumerable<LocalAuthority> authorities, IEnumerable<Skill> skills, DateOnly firstMonth)
    {
        Authorities = [.. authorities.OrderBy(a => a.Code, StringComparer.Ordinal)];
        Skills = [.. skills.OrderBy(s => s.Id)];
        FirstMonth = firstMonth;
        int[] InArea(bool combined) => [.. Authorities.Select((a, i) => (a, i)).Where(x => x.a.CombinedAuthority == combined).Select(x => x.i)];
        Area = new InsightAxis(Authorities.Count, [InArea(true), InArea(false), [Authorities.Count, Authorities.Count + 1]]);
        Sector = InsightAxis.Flat(Sectors.Count);
        int[] InCategory(SkillCategory category) => [.. Skills.Select((s, i) => (s, i)).Where(x => x.s.Category == category).Select(x => x.i)];
        Skill = new InsightAxis(Skills.Count, [.. Categories.Select(InCategory), [.. Enumerable.Range(Skills.Count, Categories.Count)]]);
        Month = InsightAxis.Flat(WindowMonths);
        CellCount = Area.Size * Sector.Size * Skill.Size * Month.Size;
        AuthorityIndex = Authorities.Select((a, i) => (a.Code, i)).ToDictionary(x => x.Code, x => x.i, StringComparer.Ordinal);
        SkillIndex = Skills.Select((s, i) => (s.Id, i)).ToDictionary(x => x.Id, x => x.i);
    }

    public static IReadOnlyList<Sector> Sectors { get; } = Enum.GetValues<Sector>();

    public static IReadOnlyList<SkillCategory> Categories { get; } = Enum.GetValues<SkillCategory>();

    public IReadOnlyList<LocalAuthority> Authorities { get; }

    public IReadOnlyList<Skill> Skills { get; }

    public DateOnly FirstMonth { get; }

    public DateOnly LastMonth => FirstMonth.AddMonths(WindowMonths - 1);

    public InsightAxis Area { get; }

    public InsightAxis Sector { get; }

    public InsightAxis Skill { get; }

    public InsightAxis Month { get; }

    public int CellCount { get; }

    public IReadOnlyDictionary<string, int> AuthorityIndex { get; }

    public IReadOnlyDictionary<int, int> SkillIndex { get; }

    public int CombinedAuthorityArea => Area.Leaves;

    /// <summary>Whether <paramref name="other"/> has the same values and groups on every axis, so that the same sums link its figures.</summary>
    public bool SameShapeAs(InsightAxes other) =>
        Area.SameAs(other.Area) && Sector.SameAs(other.Sector) && Skill.SameAs(other.Skill) && Month.SameAs(other.Month);

    public int OtherArea => Area.Leaves + 1;

    public int CategoryValue(SkillCategory category) => Skill.Leaves + (int)category;

    public int Cell(int area, int sector, int skill, int month) => ((((area * Sector.Size) + sector) * Skill.Size) + skill) * Month.Size + month;

    public (int Area, int Sector, int Skill, int Month) Coordinates(int cell)
    {
        var month = cell % Month.Size;
        cell /= Month.Size;
        var skill = cell % Skill.Size;
        cell /= Skill.Size;
        return (cell / Sector.Size, cell % Sector.Size, skill, month);
    }

    /// <summary>The month of the window <paramref name="moment"/> falls in, or -1 outside it.</summary>
    public int MonthOf(DateTimeOffset moment)
    {
        var utc = moment.UtcDateTime;
        var index = ((utc.Year - FirstMonth.Year) * 12) + utc.Month - FirstMonth.Month;
        return index is >= 0 and < WindowMonths ? index : -1;
    }

    public DateOnly MonthStart(int month) => FirstMonth.AddMonths(month);
}
