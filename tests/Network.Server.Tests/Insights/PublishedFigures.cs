using System.Text.Json.Nodes;
using Network.Server.Tests.Infrastructure;

namespace Network.Server.Tests.Insights;

/// <summary>
/// Every figure a partner can get, gathered by asking <c>regionalInsights</c> for every breakdown: authorities (or the
/// combined authority, the rest, or the region), sectors (or all), skills (or categories, or all), months (or the
/// window). A figure is keyed by its four coordinates, "*" standing for all.
/// </summary>
internal sealed class PublishedFigures
{
    public static readonly string[] Measures = ["openSkillsGaps", "hardToFillVacancies", "mentorsOffering", "webinarRegistrations"];

    public static readonly string[] Severities = ["low", "medium", "high", "critical"];

    private readonly Dictionary<(string Measure, Key Key), long?> _figures = [];

    public Dictionary<string, bool> CombinedAuthority { get; } = [];

    public Dictionary<string, string> CategoryOf { get; } = [];

    public SortedSet<string> Months { get; } = new(StringComparer.Ordinal);

    public int Withheld => _figures.Values.Count(v => v is null);

    public IEnumerable<Key> Keys => _figures.Keys.Select(k => k.Key).Distinct();

    public long? this[string measure, Key key] => _figures[(measure, key)];

    public bool Has(string measure, Key key) => _figures.ContainsKey((measure, key));

    public static async Task<PublishedFigures> GatherAsync(NetworkApp app)
    {
        var figures = new PublishedFigures();
        var client = app.CreateGraphQLClient(TestCallers.Partner);
        string[] areas = ["groupBy: LOCAL_AUTHORITY", "combinedAuthority: true", "combinedAuthority: false", string.Empty];
        string[] skills = ["SKILL", "SKILL_CATEGORY", string.Empty];
        foreach (var area in areas)
        {
            foreach (var sector in new[] { "SECTOR", string.Empty })
            {
                foreach (var skill in skills)
                {
                    foreach (var month in new[] { "MONTH", string.Empty })
                    {
                        var groupBy = string.Join(", ", new[] { area.StartsWith("groupBy", StringComparison.Ordinal) ? "LOCAL_AUTHORITY" : string.Empty, sector, skill, month }.Where(g => g.Length > 0));
                        var where = area.StartsWith("combined", StringComparison.Ordinal) ? $"where: {{ {area} }}" : string.Empty;
                        var data = await client.QueryAsync($"{{ regionalInsights(groupBy: [{groupBy}] {where}) {{ cells {{ {Selection} }} }} }}");
                        foreach (var cell in data["regionalInsights"]!["cells"]!.AsArray())
                        {
                            figures.Add(cell!, area);
                        }
                    }
                }
            }
        }

        return figures;
    }

    private static string Selection =>
        "localAuthority { code } combinedAuthority sector skill { slug } skillCategory month " +
        string.Join(' ', Measures.Select(m => $"{m} {{ value suppressed }}")) +
        " openSkillsGapsBySeverity { " + string.Join(' ', Severities.Select(s => $"{s} {{ value suppressed }}")) + " }";

    private void Add(JsonNode cell, string area)
    {
        var code = cell["localAuthority"]?["code"]?.GetValue<string>();
        if (code is not null)
        {
            CombinedAuthority[code] = cell["combinedAuthority"]!.GetValue<bool>();
        }

        var slug = cell["skill"]?["slug"]?.GetValue<string>();
        var category = cell["skillCategory"]?.GetValue<string>();
        if (slug is not null)
        {
            CategoryOf[slug] = category!;
        }

        var month = cell["month"]?.GetValue<string>();
        if (month is not null)
        {
            Months.Add(month);
        }

        var key = new Key(
            code ?? (area == "combinedAuthority: true" ? "WMCA" : area == "combinedAuthority: false" ? "OTHER" : "*"),
            cell["sector"]?.GetValue<string>() ?? "*",
            slug ?? (category is null ? "*" : $"category:{category}"),
            month ?? "*");
        foreach (var measure in Measures)
        {
            Record(measure, key, cell[measure]!);
        }

        foreach (var severity in Severities)
        {
            Record(severity, key, cell["openSkillsGapsBySeverity"]![severity]!);
        }
    }

    private void Record(string measure, Key key, JsonNode figure)
    {
        long? value = figure["suppressed"]!.GetValue<bool>() ? null : figure["value"]!.GetValue<long>();
        if (_figures.TryGetValue((measure, key), out var earlier) && earlier != value)
        {
            throw new InvalidOperationException($"{measure} at {key} is {earlier} in one answer and {value} in another.");
        }

        _figures[(measure, key)] = value;
    }

    public sealed record Key(string Area, string Sector, string Skill, string Month);
}
