using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Network.Server.Employers;
using Network.Server.Mentors;
using Network.Server.Skills;
using Network.Server.SkillsGaps;
using Network.Server.Tests.Infrastructure;

namespace Network.Server.Tests.Sorting;

/// <summary><c>order: [XSortInput!]</c>: directions, several keys, nested keys, enum order, distance, and stable ties.</summary>
public sealed class SortingTests(NetworkApp app) : IClassFixture<NetworkApp>, IAsyncLifetime
{
    private const int TiedMentors = 12;

    public async Task InitializeAsync()
    {
        await using var db = app.CreateDbContext();
        if (await db.Employers.AnyAsync())
        {
            return;
        }

        var data = new TestData(app);
        var alder = await data.EmployerAsync("Alder Engineering", Sector.EngineeringManufacturing, "CV1 2JH", SizeBand.Large, dayOffset: 3);
        var birch = await data.EmployerAsync("Birch Builders", Sector.Construction, "B1 1AA", SizeBand.Small, dayOffset: 1);
        var cedar = await data.EmployerAsync("Cedar Cloud", Sector.IctDigital, "WV1 1AA", SizeBand.Micro, dayOffset: 2);
        var damson = await data.EmployerAsync("Damson Digital", Sector.IctDigital, "CV5 6AA", SizeBand.Medium, dayOffset: 0);

        await data.GapAsync(alder, "cnc-machining", SkillsGapSeverity.Low, vacancies: 3, dayOffset: 0);
        await data.GapAsync(alder, "industrial-automation", SkillsGapSeverity.Critical, vacancies: 1, dayOffset: 1);
        await data.GapAsync(birch, "site-management", SkillsGapSeverity.Medium, vacancies: 3, dayOffset: 2);
        await data.GapAsync(cedar, "cybersecurity", SkillsGapSeverity.High, vacancies: 7, dayOffset: 3);
        await data.GapAsync(damson, "cloud-computing", SkillsGapSeverity.Critical, vacancies: 2, dayOffset: 4);

        for (var i = TiedMentors; i >= 1; i--)
        {
            await data.MentorAsync(alder, $"Tie {i:00}", CareerStage.Mid, ["cnc-machining"], ["data-analytics"], capacity: 2);
        }

        await data.MentorAsync(birch, "Yara Birch", CareerStage.Senior, ["site-management"], ["cybersecurity"], capacity: 3);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [InlineData("[{ name: ASC }]", "Alder Engineering|Birch Builders|Cedar Cloud|Damson Digital")]
    [InlineData("[{ name: DESC }]", "Damson Digital|Cedar Cloud|Birch Builders|Alder Engineering")]
    [InlineData("[{ createdAt: ASC }]", "Damson Digital|Birch Builders|Cedar Cloud|Alder Engineering")]
    [InlineData("[{ size: ASC }]", "Cedar Cloud|Birch Builders|Damson Digital|Alder Engineering")]
    [InlineData("[{ sector: ASC }, { name: DESC }]", "Alder Engineering|Birch Builders|Damson Digital|Cedar Cloud")]
    [InlineData("[{ sector: DESC }, { name: ASC }]", "Cedar Cloud|Damson Digital|Birch Builders|Alder Engineering")]
    public async Task Employers_sort_by_one_or_more_fields(string order, string expected)
    {
        var data = await app.CreateGraphQLClient().QueryAsync($"{{ employers(order: {order}) {{ nodes {{ name }} }} }}");

        Assert.Equal(expected.Split('|'), Strings(data["employers"]!["nodes"], "name"));
    }

    [Theory]
    [InlineData("[{ severity: ASC }]", "cnc-machining|site-management|cybersecurity|industrial-automation|cloud-computing")]
    [InlineData("[{ severity: DESC }]", "industrial-automation|cloud-computing|cybersecurity|site-management|cnc-machining")]
    public async Task Severity_sorts_in_its_declared_order_not_alphabetically(string order, string expected)
    {
        Assert.Equal(expected.Split('|'), await GapSlugsAsync(order));
    }

    [Theory]
    [InlineData("[{ hardToFillVacancies: DESC }, { publishedAt: ASC }]", "cybersecurity|cnc-machining|site-management|cloud-computing|industrial-automation")]
    [InlineData("[{ hardToFillVacancies: DESC }, { publishedAt: DESC }]", "cybersecurity|site-management|cnc-machining|cloud-computing|industrial-automation")]
    [InlineData("[{ publishedAt: DESC }]", "cloud-computing|cybersecurity|site-management|industrial-automation|cnc-machining")]
    public async Task Gaps_sort_by_several_fields_in_the_order_given(string order, string expected)
    {
        Assert.Equal(expected.Split('|'), await GapSlugsAsync(order));
    }

    [Theory]
    [InlineData("[{ employer: { name: ASC } }, { hardToFillVacancies: ASC }]", "industrial-automation|cnc-machining|site-management|cybersecurity|cloud-computing")]
    [InlineData("[{ employer: { name: DESC } }]", "cloud-computing|cybersecurity|site-management|cnc-machining|industrial-automation")]
    [InlineData("[{ employer: { size: ASC } }]", "cybersecurity|site-management|cloud-computing|cnc-machining|industrial-automation")]
    [InlineData("[{ skill: { slug: ASC } }]", "cloud-computing|cnc-machining|cybersecurity|industrial-automation|site-management")]
    [InlineData("[{ skill: { category: DESC } }, { skill: { slug: DESC } }]", "site-management|cnc-machining|industrial-automation|cybersecurity|cloud-computing")]
    public async Task Gaps_sort_by_fields_of_their_employer_and_skill(string order, string expected)
    {
        Assert.Equal(expected.Split('|'), await GapSlugsAsync(order));
    }

    [Fact]
    public async Task Mentors_sort_by_their_employer_then_their_own_fields()
    {
        var data = await app.CreateGraphQLClient().QueryAsync("""
            { mentors(order: [{ employer: { name: DESC } }, { capacity: ASC }], first: 3) { nodes { displayName } } }
            """);

        Assert.Equal(["Yara Birch", "Tie 12", "Tie 11"], Strings(data["mentors"]!["nodes"], "displayName"));
    }

    [Theory]
    [InlineData("employers(order: [{ distanceKm: ASC }])")]
    [InlineData("skillsGaps(order: [{ distanceKm: DESC }])")]
    [InlineData("mentors(order: [{ capacity: ASC }, { distanceKm: ASC }])")]
    public async Task Sorting_by_distance_without_near_is_refused(string field)
    {
        var response = await app.CreateGraphQLClient().PostAsync($"{{ {field} {{ totalCount }} }}");

        Assert.Equal("NEAR_REQUIRED", response.FirstErrorCode);
        Assert.Equal("Sorting by distanceKm needs the near argument.", response.Errors![0]!["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task Sorting_by_distance_with_near_puts_the_closest_first()
    {
        var data = await app.CreateGraphQLClient().QueryAsync("""
            { employers(near: { origin: { postcode: "CV1" }, radiusKm: 100 }, order: [{ distanceKm: ASC }]) { nodes { name distanceKm } } }
            """);
        var nodes = data["employers"]!["nodes"]!.AsArray();
        var distances = nodes.Select(n => n!["distanceKm"]!.GetValue<double>()).ToList();

        Assert.Equal(["Alder Engineering", "Damson Digital", "Birch Builders", "Cedar Cloud"], Strings(nodes, "name"));
        Assert.Equal(0, distances[0], 3);
        Assert.Equal(distances.Order(), distances);
    }

    [Fact]
    public async Task A_null_sort_direction_is_refused()
    {
        var response = await app.CreateGraphQLClient().PostAsync("{ employers(order: [{ name: null }]) { totalCount } }");

        Assert.Equal("INVALID_SORT", response.FirstErrorCode);
    }

    [Fact]
    public async Task Ties_are_broken_by_id_so_pages_neither_repeat_nor_skip()
    {
        var client = app.CreateGraphQLClient();
        var ids = new List<int>();
        string? after = null;
        var hasNext = true;
        while (hasNext)
        {
            var data = await client.QueryAsync(
                """
                query($after: String) {
                  mentors(where: { capacity: { eq: 2 } }, order: [{ capacity: DESC }], first: 5, after: $after) {
                    nodes { id }
                    pageInfo { hasNextPage endCursor }
                  }
                }
                """,
                new { after });
            ids.AddRange(Strings(data["mentors"]!["nodes"], "id").Select(KeyOf));
            hasNext = data["mentors"]!["pageInfo"]!["hasNextPage"]!.GetValue<bool>();
            after = data["mentors"]!["pageInfo"]!["endCursor"]!.GetValue<string>();
        }

        Assert.Equal(TiedMentors, ids.Count);
        Assert.Equal(ids.Order(), ids);
        Assert.Equal(TiedMentors, ids.Distinct().Count());
    }

    [Fact]
    public async Task Ties_under_a_descending_sort_still_follow_ascending_ids()
    {
        var data = await app.CreateGraphQLClient().QueryAsync("""
            { mentors(where: { capacity: { eq: 2 } }, order: [{ careerStage: DESC }], first: 3) { nodes { displayName } } }
            """);

        Assert.Equal(["Tie 12", "Tie 11", "Tie 10"], Strings(data["mentors"]!["nodes"], "displayName"));
    }

    private static int KeyOf(string globalId) =>
        int.Parse(System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(globalId)).Split(':')[1], CultureInfo.InvariantCulture);

    private static List<string> Strings(JsonNode? list, string field) =>
        [.. list!.AsArray().Select(n => n![field]!.GetValue<string>())];

    private async Task<List<string>> GapSlugsAsync(string order)
    {
        var data = await app.CreateGraphQLClient().QueryAsync($"{{ skillsGaps(order: {order}) {{ nodes {{ skill {{ slug }} }} }} }}");
        return [.. data["skillsGaps"]!["nodes"]!.AsArray().Select(n => n!["skill"]!["slug"]!.GetValue<string>())];
    }
}
