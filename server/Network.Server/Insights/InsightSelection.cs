using System.Globalization;
using Network.Server.GraphQL.Relay;

namespace Network.Server.Insights;

/// <summary>
/// Turns a grouping and a filter into the cells to return: on each axis, the values grouped by (after the filter),
/// or the single value the filter names, or everything. Anything that would make a new total out of several values
/// is refused, so every answer is made of cells whose disclosure was decided together.
/// </summary>
internal static class InsightSelection
{
    public static IReadOnlyList<InsightCell> Select(InsightSnapshot snapshot, IReadOnlyCollection<InsightDimension> groupBy, RegionalInsightsFilter? filter)
    {
        filter ??= new RegionalInsightsFilter();
        var axes = snapshot.Axes;
        var areas = Areas(axes, groupBy.Contains(InsightDimension.LocalAuthority), filter);
        var sectors = Sectors(axes, groupBy.Contains(InsightDimension.Sector), filter);
        var skills = Skills(axes, groupBy, filter);
        var months = Months(axes, groupBy.Contains(InsightDimension.Month), filter);
        return [.. from area in areas from sector in sectors from skill in skills from month in months select new InsightCell(snapshot, axes.Cell(area, sector, skill, month))];
    }

    private static int[] Areas(InsightAxes axes, bool grouped, RegionalInsightsFilter filter)
    {
        var codes = filter.LocalAuthorityCodes ?? [];
        foreach (var code in codes.Where(c => !axes.AuthorityIndex.ContainsKey(c)))
        {
            throw new InsightFilterException($"'{code}' is not one of the region's local authorities; they are {string.Join(", ", axes.Authorities.Select(a => a.Code))}.");
        }

        var chosen = Enumerable.Range(0, axes.Area.Leaves)
            .Where(a => codes.Count == 0 || codes.Contains(axes.Authorities[a].Code, StringComparer.Ordinal))
            .Where(a => filter.CombinedAuthority is not { } combined || axes.Authorities[a].CombinedAuthority == combined)
            .ToArray();
        if (grouped)
        {
            return chosen;
        }

        return (codes.Count, filter.CombinedAuthority) switch
        {
            (0, null) => [axes.Area.All],
            (0, true) => [axes.CombinedAuthorityArea],
            (0, false) => [axes.OtherArea],
            (1, _) when chosen.Length == 1 => chosen,
            (1, _) => throw new InsightFilterException("That local authority is not in the part of the region combinedAuthority names."),
            _ => throw new InsightFilterException("Several local authorities need groupBy: [LOCAL_AUTHORITY]; without it, name one, or use combinedAuthority."),
        };
    }

    private static int[] Sectors(InsightAxes axes, bool grouped, RegionalInsightsFilter filter)
    {
        var sectors = (filter.Sectors ?? []).Distinct().Select(s => (int)s).Order().ToArray();
        return grouped ? (sectors.Length == 0 ? [.. Enumerable.Range(0, axes.Sector.Leaves)] : sectors)
            : sectors.Length switch
            {
                0 => [axes.Sector.All],
                1 => sectors,
                _ => throw new InsightFilterException("Several sectors need groupBy: [SECTOR]; without it, name one."),
            };
    }

    private static int[] Skills(InsightAxes axes, IReadOnlyCollection<InsightDimension> groupBy, RegionalInsightsFilter filter)
    {
        var skills = (filter.SkillIds ?? []).Select(id => GlobalId.Parse(id, "Skill")).Distinct().Select(id => axes.SkillIndex.TryGetValue(id, out var index)
            ? index
            : throw new InsightFilterException($"No skill has the ID {GlobalId.Serialize("Skill", id)}.")).Order().ToArray();
        var categories = (filter.SkillCategories ?? []).Distinct().Select(axes.CategoryValue).Order().ToArray();
        if (groupBy.Contains(InsightDimension.Skill))
        {
            return [.. Enumerable.Range(0, axes.Skill.Leaves)
                .Where(s => skills.Length == 0 || skills.Contains(s))
                .Where(s => categories.Length == 0 || categories.Contains(axes.CategoryValue(axes.Skills[s].Category)))];
        }

        if (groupBy.Contains(InsightDimension.SkillCategory))
        {
            return skills.Length > 0
                ? throw new InsightFilterException("Filtering by skills needs groupBy: [SKILL]; with SKILL_CATEGORY, filter by skillCategories.")
                : categories.Length > 0 ? categories : [.. Enumerable.Range(axes.Skill.Leaves, InsightAxes.Categories.Count)];
        }

        return (skills.Length, categories.Length) switch
        {
            (0, 0) => [axes.Skill.All],
            (1, 0) => skills,
            (0, 1) => categories,
            _ => throw new InsightFilterException("Several skills or categories need groupBy: [SKILL] or [SKILL_CATEGORY]; without it, name one skill or one category."),
        };
    }

    private static int[] Months(InsightAxes axes, bool grouped, RegionalInsightsFilter filter)
    {
        var from = filter.From is null ? 0 : MonthIndex(axes, filter.From, "from");
        var to = filter.To is null ? InsightAxes.WindowMonths - 1 : MonthIndex(axes, filter.To, "to");
        if (from > to)
        {
            throw new InsightFilterException("from must not be after to.");
        }

        if (grouped)
        {
            return [.. Enumerable.Range(from, to - from + 1)];
        }

        return (filter.From, filter.To) switch
        {
            (null, null) => [axes.Month.All],
            _ when from == to && filter.From is not null && filter.To is not null => [from],
            _ => throw new InsightFilterException("A range of months needs groupBy: [MONTH]; without it, give one month as both from and to, or leave both out for the whole 12 months."),
        };
    }

    private static int MonthIndex(InsightAxes axes, string text, string name)
    {
        if (!DateOnly.TryParseExact(text, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month))
        {
            throw new InsightFilterException($"{name} must be a month written YYYY-MM, such as {axes.LastMonth:yyyy-MM}.");
        }

        var index = ((month.Year - axes.FirstMonth.Year) * 12) + month.Month - axes.FirstMonth.Month;
        return index is >= 0 and < InsightAxes.WindowMonths
            ? index
            : throw new InsightFilterException($"{name} must be within the last 12 months, {axes.FirstMonth:yyyy-MM} to {axes.LastMonth:yyyy-MM}.");
    }
}
