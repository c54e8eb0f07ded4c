using Microsoft.EntityFrameworkCore;
using Network.Server.Employers;
using Network.Server.Mentors;
using Network.Server.Skills;
using Network.Server.SkillsGaps;
using Network.Server.Tests.Infrastructure;

namespace Network.Server.Tests.Filtering;

/// <summary>
/// <c>IntOperationFilterInput</c> and <c>DateTimeOperationFilterInput</c>. Five gaps with 0, 2, 5, 10 and
/// 1000 hard-to-fill vacancies, published on 1 to 5 September 2026 at 09:00 UTC; the last one is filled.
/// </summary>
public sealed class ComparableFilterTests(NetworkApp app) : IClassFixture<NetworkApp>, IAsyncLifetime
{
    public async Task InitializeAsync()
    {
        await using var db = app.CreateDbContext();
        if (await db.Employers.AnyAsync())
        {
            return;
        }

        var data = new TestData(app);
        var employer = await data.EmployerAsync("Comparable Castings", Sector.EngineeringManufacturing, "WV14 0AA");
        await data.GapAsync(employer, "cnc-machining", vacancies: 0, dayOffset: 0);
        await data.GapAsync(employer, "welding-fabrication", vacancies: 2, dayOffset: 1);
        await data.GapAsync(employer, "quality-inspection", vacancies: 5, dayOffset: 2);
        await data.GapAsync(employer, "industrial-automation", vacancies: 10, dayOffset: 3);
        await data.GapAsync(employer, "lean-manufacturing", vacancies: 1000, status: SkillsGapStatus.Filled, dayOffset: 4);

        await data.MentorAsync(employer, "Una One", CareerStage.Early, ["cybersecurity"], ["budget-planning"], capacity: 1, maxTravelKm: 0);
        await data.MentorAsync(employer, "Tess Three", CareerStage.Mid, ["data-analytics"], ["negotiation"], capacity: 3, maxTravelKm: 25);
        await data.MentorAsync(employer, "Fay Five", CareerStage.Senior, ["budget-planning"], ["devops"], capacity: 5, maxTravelKm: 200);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [InlineData("{ eq: 5 }", "5")]
    [InlineData("{ neq: 5 }", "0,2,10,1000")]
    [InlineData("{ in: [2, 10, 11] }", "2,10")]
    [InlineData("{ nin: [2, 10, 11] }", "0,5,1000")]
    [InlineData("{ gt: 5 }", "10,1000")]
    [InlineData("{ ngt: 5 }", "0,2,5")]
    [InlineData("{ gte: 5 }", "5,10,1000")]
    [InlineData("{ ngte: 5 }", "0,2")]
    [InlineData("{ lt: 5 }", "0,2")]
    [InlineData("{ nlt: 5 }", "5,10,1000")]
    [InlineData("{ lte: 5 }", "0,2,5")]
    [InlineData("{ nlte: 5 }", "10,1000")]
    [InlineData("{ gte: 2, lt: 10 }", "2,5")]
    [InlineData("{ gt: 1000 }", "")]
    public async Task Vacancies_filter_with_each_comparable_operation(string operation, string expected)
    {
        Assert.Equal(Ints(expected), await VacanciesAsync($"{{ hardToFillVacancies: {operation} }}"));
    }

    [Theory]
    [InlineData("""{ eq: "2026-09-03T09:00:00.000Z" }""", "5")]
    [InlineData("""{ neq: "2026-09-03T09:00:00.000Z" }""", "0,2,10,1000")]
    [InlineData("""{ in: ["2026-09-01T09:00:00.000Z", "2026-09-05T09:00:00.000Z"] }""", "0,1000")]
    [InlineData("""{ nin: ["2026-09-01T09:00:00.000Z", "2026-09-05T09:00:00.000Z"] }""", "2,5,10")]
    [InlineData("""{ gt: "2026-09-03T09:00:00.000Z" }""", "10,1000")]
    [InlineData("""{ ngt: "2026-09-03T09:00:00.000Z" }""", "0,2,5")]
    [InlineData("""{ gte: "2026-09-03T09:00:00.000Z" }""", "5,10,1000")]
    [InlineData("""{ ngte: "2026-09-03T09:00:00.000Z" }""", "0,2")]
    [InlineData("""{ lt: "2026-09-03T09:00:00.000Z" }""", "0,2")]
    [InlineData("""{ nlt: "2026-09-03T09:00:00.000Z" }""", "5,10,1000")]
    [InlineData("""{ lte: "2026-09-03T09:00:00.000Z" }""", "0,2,5")]
    [InlineData("""{ nlte: "2026-09-03T09:00:00.000Z" }""", "10,1000")]
    [InlineData("""{ gt: "2026-09-02T00:00:00.000Z", lt: "2026-09-04T00:00:00.000Z" }""", "2,5")]
    public async Task Published_at_filters_with_each_comparable_operation(string operation, string expected)
    {
        Assert.Equal(Ints(expected), await VacanciesAsync($"{{ publishedAt: {operation} }}"));
    }

    [Fact]
    public async Task Date_times_with_an_offset_compare_as_instants()
    {
        Assert.Equal([5], await VacanciesAsync("""{ publishedAt: { eq: "2026-09-03T10:00:00+01:00" } }"""));
        Assert.Equal([10, 1000], await VacanciesAsync("""{ publishedAt: { gt: "2026-09-03T10:00:00+01:00" } }"""));
    }

    [Fact]
    public async Task Variables_carry_date_times_as_well_as_literals()
    {
        var data = await app.CreateGraphQLClient().QueryAsync(
            "query($from: DateTime) { skillsGaps(where: { publishedAt: { gte: $from } }) { totalCount } }",
            new { from = "2026-09-04T09:00:00.000Z" });

        Assert.Equal(2, data["skillsGaps"]!["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task Closed_at_is_nullable_and_compares_only_closed_gaps()
    {
        Assert.Equal([0, 2, 5, 10], await VacanciesAsync("{ closedAt: { eq: null } }"));
        Assert.Equal([1000], await VacanciesAsync("{ closedAt: { neq: null } }"));
        Assert.Equal([1000], await VacanciesAsync("""{ closedAt: { gt: "2026-09-01T00:00:00.000Z" } }"""));
        Assert.Empty(await VacanciesAsync("""{ closedAt: { lt: "2026-09-01T00:00:00.000Z" } }"""));
    }

    [Fact]
    public async Task A_comparison_with_null_is_an_invalid_filter()
    {
        var response = await app.CreateGraphQLClient().PostAsync("{ skillsGaps(where: { hardToFillVacancies: { gt: null } }) { totalCount } }");

        Assert.Equal("INVALID_FILTER", response.FirstErrorCode);
        Assert.Null(response.Data?["skillsGaps"]);
    }

    [Fact]
    public async Task Mentor_capacity_and_travel_distance_are_comparable()
    {
        Assert.Equal(["Fay Five", "Tess Three"], await MentorNamesAsync("{ capacity: { gte: 3 } }"));
        Assert.Equal(["Tess Three", "Una One"], await MentorNamesAsync("{ maxTravelKm: { lt: 200 } }"));
        Assert.Equal(["Tess Three"], await MentorNamesAsync("{ capacity: { gt: 1 }, maxTravelKm: { nlt: 25, ngt: 100 } }"));
    }

    private static int[] Ints(string csv) =>
        [.. csv.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(s => int.Parse(s, System.Globalization.CultureInfo.InvariantCulture))];

    private async Task<List<int>> VacanciesAsync(string where)
    {
        var data = await app.CreateGraphQLClient().QueryAsync($$"""
            { skillsGaps(where: {{where}}, order: [{ hardToFillVacancies: ASC }], first: 50) { totalCount nodes { hardToFillVacancies } } }
            """);
        var values = data["skillsGaps"]!["nodes"]!.AsArray().Select(n => n!["hardToFillVacancies"]!.GetValue<int>()).ToList();
        Assert.Equal(values.Count, data["skillsGaps"]!["totalCount"]!.GetValue<int>());
        return values;
    }

    private async Task<string[]> MentorNamesAsync(string where)
    {
        var data = await app.CreateGraphQLClient().QueryAsync($$"""
            { mentors(where: {{where}}, first: 50) { totalCount nodes { displayName } } }
            """);
        // Names are not sortable (they are personal data), so the test puts them in order.
        var names = data["mentors"]!["nodes"]!.AsArray().Select(n => n!["displayName"]!.GetValue<string>()).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(names.Length, data["mentors"]!["totalCount"]!.GetValue<int>());
        return names;
    }
}
