using System.Text.Json.Nodes;
using Network.Server.Tests.Infrastructure;
using static Network.Server.Tests.Insights.InsightsScenario;

namespace Network.Server.Tests.Insights;

public sealed class RegionalInsightsTests(NetworkApp app) : IClassFixture<NetworkApp>, IAsyncLifetime
{
    private const string Figures = "localAuthority { code } combinedAuthority sector month " +
        "openSkillsGaps { value suppressed reason } hardToFillVacancies { value reason } employersReportingGaps { value reason } " +
        "mentorsOffering { value reason } mentorsWanting { value reason } supplyDemandRatio { value reason } " +
        "openSkillsGapsBySeverity { low { value reason } medium { value reason } high { value reason } critical { value reason } }";

    public Task InitializeAsync() => app.SeedOnceAsync(data => SeedAsync(app, data));

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Figures_by_authority_count_open_gaps_vacancies_employers_and_mentors()
    {
        var cells = await CellsAsync("groupBy: [LOCAL_AUTHORITY], where: { combinedAuthority: true }");
        var birmingham = Row(cells, Birmingham);

        Assert.Equal(7, cells.Count);
        Assert.All(cells, c => Assert.True(c!["combinedAuthority"]!.GetValue<bool>()));
        Assert.Equal(4, Value(birmingham, "openSkillsGaps"));
        Assert.Equal(8, Value(birmingham, "hardToFillVacancies"));
        Assert.Equal(4, Value(birmingham, "employersReportingGaps"));
        Assert.Equal(6, Value(birmingham, "mentorsOffering"));
        Assert.Equal(4, birmingham["openSkillsGapsBySeverity"]!["high"]!["value"]!.GetValue<int>());
        Assert.Equal(1.5, birmingham["supplyDemandRatio"]!["value"]!.GetValue<double>());
        Assert.Equal((3, 3, 5), (Value(Row(cells, Solihull), "openSkillsGaps"), Value(Row(cells, Solihull), "hardToFillVacancies"), Value(Row(cells, Solihull), "mentorsOffering")));
        Assert.Equal((0, 0), (Value(Row(cells, Coventry), "openSkillsGaps"), Value(Row(cells, Coventry), "mentorsOffering")));
        Assert.All(cells, c => Assert.Null(Reason(c!, "openSkillsGaps")));
    }

    [Fact]
    public async Task Open_gaps_by_month_are_counted_at_each_month_end_and_the_window_as_now()
    {
        var cells = await CellsAsync($"groupBy: [MONTH], where: {{ from: \"{Month(6)}\" }}");
        var whole = (await CellsAsync(string.Empty)).Single()!;
        var byMonth = cells.ToDictionary(c => c!["month"]!.GetValue<string>(), c => c!["openSkillsGaps"]!["value"]?.GetValue<int>());

        Assert.Equal(7, cells.Count);
        Assert.Equal(0, byMonth[Month(6)]);
        Assert.Equal(4, byMonth[Month(5)]);
        Assert.Equal(4, byMonth[Month(3)]);
        Assert.Equal(8, byMonth[Month(2)]);
        Assert.Equal(7, byMonth[Month(1)]);
        Assert.Equal(7, byMonth[Month(0)]);
        Assert.Equal(7, Value(whole, "openSkillsGaps"));
        Assert.Null(whole["month"]);
    }

    [Fact]
    public async Task Figures_by_sector_and_skill_name_their_rows()
    {
        var cells = await CellsAsync("groupBy: [SECTOR, SKILL], where: { sectors: [CONSTRUCTION], skillCategories: [TRADE] }", "skill { slug } skillCategory");
        var retrofit = cells.Single(c => c!["skill"]!["slug"]!.GetValue<string>() == "retrofit-energy-efficiency")!;

        Assert.All(cells, c => Assert.Equal(("CONSTRUCTION", "TRADE"), (c!["sector"]!.GetValue<string>(), c["skillCategory"]!.GetValue<string>())));
        Assert.Equal(3, Value(retrofit, "openSkillsGaps"));
        Assert.Equal(3, Value(retrofit, "employersReportingGaps"));
    }

    [Theory]
    [InlineData("where: { sectors: [CONSTRUCTION, ICT_DIGITAL] }", "groupBy: [SECTOR]")]
    [InlineData("where: { localAuthorityCodes: [\"E08000025\", \"E08000029\"] }", "groupBy: [LOCAL_AUTHORITY]")]
    [InlineData("where: { localAuthorityCodes: [\"E09000001\"] }", "not one of the region's local authorities")]
    [InlineData("where: { from: \"2001-01\", to: \"2001-01\" }", "within the last 12 months")]
    [InlineData("where: { from: \"January\" }", "YYYY-MM")]
    [InlineData("groupBy: [SKILL_CATEGORY], where: { skillIds: [\"U2tpbGw6Ng==\"] }", "groupBy: [SKILL]")]
    public async Task A_filter_that_would_make_a_new_total_or_names_nothing_known_is_refused_with_what_to_do(string arguments, string advice)
    {
        var response = await app.CreateGraphQLClient(TestCallers.Partner).PostAsync($"{{ regionalInsights({arguments}) {{ cells {{ month }} }} }}");

        Assert.Equal("INVALID_INSIGHTS_FILTER", response.FirstErrorCode);
        Assert.Contains(advice, response.Errors![0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Partners_coordinators_and_administrators_read_the_figures_and_nobody_else()
    {
        const string Query = "{ regionalInsights { asOf cells { openSkillsGaps { value } } } }";

        foreach (var reader in new[] { TestCallers.Partner, TestCallers.Coordinator, TestCallers.Admin })
        {
            var answer = await app.CreateGraphQLClient(reader).PostAsync(Query);
            Assert.Null(answer.Errors);
        }

        Assert.Equal("AUTH_NOT_AUTHENTICATED", (await app.CreateGraphQLClient(TestCallers.Anonymous).PostAsync(Query)).FirstErrorCode);
        Assert.Equal("AUTH_NOT_AUTHORIZED", (await app.CreateGraphQLClient(TestCallers.Organiser).PostAsync(Query)).FirstErrorCode);
        Assert.Equal("AUTH_NOT_AUTHORIZED", (await app.CreateGraphQLClient(TestCallers.Mentor(1)).PostAsync("{ hotspots { skills { rank } } }")).FirstErrorCode);
    }

    private async Task<List<JsonNode?>> CellsAsync(string arguments, string more = "")
    {
        var query = arguments.Length == 0 ? $"{{ regionalInsights {{ cells {{ {Figures} {more} }} }} }}" : $"{{ regionalInsights({arguments}) {{ cells {{ {Figures} {more} }} }} }}";
        var data = await app.CreateGraphQLClient(TestCallers.Partner).QueryAsync(query);
        return [.. data["regionalInsights"]!["cells"]!.AsArray()];
    }

    private static JsonNode Row(List<JsonNode?> cells, string code) => cells.Single(c => c!["localAuthority"]!["code"]!.GetValue<string>() == code)!;

    private static int? Value(JsonNode row, string measure) => row[measure]!["value"]?.GetValue<int>();

    internal static string? Reason(JsonNode row, string measure) => row[measure]!["reason"]?.GetValue<string>();
}
