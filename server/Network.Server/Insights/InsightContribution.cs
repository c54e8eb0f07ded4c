using Network.Server.Skills;

namespace Network.Server.Insights;

/// <summary>
/// The cells one thing (a gap, a mentor, a pairing, a registration) counts in: the values it takes on each axis,
/// each once. Every thing counts in the region, in all sectors and in all skills; it counts in the window when it
/// counts in a month of it as a flow, or in the last month as a stock.
/// </summary>
internal sealed class InsightContribution(InsightAxes axes, DateTimeOffset asOf)
{
    /// <summary>The end of each month of the window (for this month, now), worked out once rather than for every thing counted.</summary>
    private readonly DateTimeOffset[] _monthEnds = [.. Enumerable.Range(0, InsightAxes.WindowMonths).Select(month =>
        month == InsightAxes.WindowMonths - 1 ? asOf : new DateTimeOffset(axes.MonthStart(month + 1), TimeOnly.MinValue, TimeSpan.Zero))];

    public List<int> Areas { get; } = [];

    public List<int> Sectors { get; } = [];

    public List<int> Skills { get; } = [];

    public List<int> Months { get; } = [];

    public InsightContribution Clear()
    {
        Areas.Clear();
        Sectors.Clear();
        Skills.Clear();
        Months.Clear();
        Areas.Add(axes.Area.All);
        Sectors.Add(axes.Sector.All);
        Skills.Add(axes.Skill.All);
        return this;
    }

    public InsightContribution In(string? authorityCode)
    {
        if (authorityCode is not null && axes.AuthorityIndex.TryGetValue(authorityCode, out var index))
        {
            AddOnce(Areas, index);
            AddOnce(Areas, axes.Authorities[index].CombinedAuthority ? axes.CombinedAuthorityArea : axes.OtherArea);
        }

        return this;
    }

    public InsightContribution In(Sector? sector)
    {
        if (sector is { } value)
        {
            AddOnce(Sectors, (int)value);
        }

        return this;
    }

    public InsightContribution About(IEnumerable<int> skillIds)
    {
        foreach (var id in skillIds)
        {
            if (axes.SkillIndex.TryGetValue(id, out var index))
            {
                AddOnce(Skills, index);
                AddOnce(Skills, axes.CategoryValue(axes.Skills[index].Category));
            }
        }

        return this;
    }

    /// <summary>Counts in every month at whose end (or, for this month, now) the thing existed, from <paramref name="from"/> until <paramref name="until"/>.</summary>
    public InsightContribution Held(DateTimeOffset from, DateTimeOffset? until)
    {
        for (var month = 0; month < InsightAxes.WindowMonths; month++)
        {
            var end = _monthEnds[month];
            if (from <= end && (until is null || until > end))
            {
                Months.Add(month);
            }
        }

        if (Months.Contains(InsightAxes.WindowMonths - 1))
        {
            Months.Add(axes.Month.All);
        }

        return this;
    }

    /// <summary>Counts in the month <paramref name="at"/> falls in, and in the window, if it is within the window and not in the future.</summary>
    public InsightContribution Happened(DateTimeOffset? at)
    {
        if (at is { } moment && moment <= asOf && axes.MonthOf(moment) is var month and >= 0)
        {
            Months.Add(month);
            Months.Add(axes.Month.All);
        }

        return this;
    }

    private static void AddOnce(List<int> values, int value)
    {
        if (!values.Contains(value))
        {
            values.Add(value);
        }
    }
}
