namespace Network.Server.Tests.Insights;

/// <summary>
/// What an analyst with every published figure could work out by arithmetic: each sum that holds between figures
/// (a group is the sum of its members, open gaps the sum of their severities, a stock's window its last month, a flow's
/// window the sum of its months), applied again and again as long as one has a single unknown left.
/// </summary>
internal static class ArithmeticAttack
{
    /// <summary>The withheld figures the sums reveal, as "measure at key".</summary>
    public static List<string> Recovered(PublishedFigures figures)
    {
        var relations = Relations(figures).ToList();
        var known = new Dictionary<(string, PublishedFigures.Key), long>();
        foreach (var (measure, cells) in relations.SelectMany(r => r.Select(c => c)).Distinct())
        {
            if (figures.Has(measure, cells) && figures[measure, cells] is { } value)
            {
                known[(measure, cells)] = value;
            }
        }

        var recovered = new List<string>();
        for (var progress = true; progress;)
        {
            progress = false;
            foreach (var relation in relations)
            {
                var unknown = relation.Where(c => !known.ContainsKey(c)).ToList();
                if (unknown.Count != 1)
                {
                    continue;
                }

                var members = relation.Skip(1).Where(known.ContainsKey).Sum(c => known[c]);
                var value = unknown[0] == relation[0] ? members : known[relation[0]] - members;
                known[unknown[0]] = value;
                recovered.Add($"{unknown[0].Item1} at {unknown[0].Item2} = {value}");
                progress = true;
            }
        }

        return recovered;
    }

    private static IEnumerable<List<(string, PublishedFigures.Key)>> Relations(PublishedFigures f)
    {
        var authorities = f.CombinedAuthority.Keys.ToList();
        var sectors = f.Keys.Select(k => k.Sector).Where(s => s != "*").Distinct().ToList();
        var categories = f.CategoryOf.Values.Distinct().ToList();
        var lastMonth = f.Months.Max!;
        foreach (var key in f.Keys)
        {
            foreach (var measure in PublishedFigures.Measures.Concat(PublishedFigures.Severities))
            {
                var gaps = measure is not ("mentorsOffering" or "webinarRegistrations");
                if (key.Area == "*")
                {
                    yield return Sum(measure, key, [key with { Area = "WMCA" }, key with { Area = "OTHER" }]);
                }
                else if (key.Area is "WMCA" or "OTHER")
                {
                    yield return Sum(measure, key, authorities.Where(a => f.CombinedAuthority[a] == (key.Area == "WMCA")).Select(a => key with { Area = a }));
                }

                if (key.Sector == "*")
                {
                    yield return Sum(measure, key, sectors.Select(s => key with { Sector = s }));
                }

                if (gaps && key.Skill == "*")
                {
                    yield return Sum(measure, key, categories.Select(c => key with { Skill = $"category:{c}" }));
                }
                else if (gaps && key.Skill.StartsWith("category:", StringComparison.Ordinal))
                {
                    yield return Sum(measure, key, f.CategoryOf.Where(s => $"category:{s.Value}" == key.Skill).Select(s => key with { Skill = s.Key }));
                }

                if (key.Month == "*")
                {
                    yield return measure == "webinarRegistrations"
                        ? Sum(measure, key, f.Months.Select(m => key with { Month = m }))
                        : Sum(measure, key, [key with { Month = lastMonth }]);
                }
            }

            yield return Sum("openSkillsGaps", key, [key], PublishedFigures.Severities);
        }
    }

    private static List<(string, PublishedFigures.Key)> Sum(string measure, PublishedFigures.Key parent, IEnumerable<PublishedFigures.Key> members, string[]? memberMeasures = null) =>
        [(measure, parent), .. memberMeasures is null ? members.Select(m => (measure, m)) : memberMeasures.Select(m => (m, parent))];
}
