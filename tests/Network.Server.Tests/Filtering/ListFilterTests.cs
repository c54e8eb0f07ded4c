using Microsoft.EntityFrameworkCore;
using Network.Server.Employers;
using Network.Server.Mentors;
using Network.Server.Skills;
using Network.Server.SkillsGaps;
using Network.Server.Tests.Infrastructure;

namespace Network.Server.Tests.Filtering;

/// <summary>List filters (<c>some all none any</c>) on related collections and on PostgreSQL arrays.</summary>
public sealed class ListFilterTests(NetworkApp app) : IClassFixture<NetworkApp>, IAsyncLifetime
{
    public async Task InitializeAsync()
    {
        await using var db = app.CreateDbContext();
        if (await db.Employers.AnyAsync())
        {
            return;
        }

        var data = new TestData(app);
        var foundry = await data.EmployerAsync("Foleshill Foundry", Sector.EngineeringManufacturing, "CV6 5AA");
        var hub = await data.EmployerAsync("Hockley Hub", Sector.IctDigital, "B18 6AA");
        await data.EmployerAsync("Quiet Quarry", Sector.Construction, "B70 7AA");

        await data.GapAsync(foundry, "welding-fabrication", SkillsGapSeverity.Critical);
        await data.GapAsync(foundry, "cybersecurity", SkillsGapSeverity.High, status: SkillsGapStatus.Filled);
        await data.GapAsync(hub, "cloud-computing", SkillsGapSeverity.Low);

        var amira = await data.MentorAsync(hub, "Amira Khan", CareerStage.Early, ["cybersecurity", "data-analytics"], ["budget-planning"]);
        await data.MentorAsync(foundry, "Brian Moss", CareerStage.Senior, ["budget-planning", "supply-chain-management"], ["cybersecurity"]);
        await data.MentorAsync(foundry, "Chen Li", CareerStage.Mid, ["artificial-intelligence"], ["project-management", "client-relations"]);
        await data.MentorAsync(hub, "Dana Roe", CareerStage.Mid, [], ["social-media-marketing"]);

        var weekender = await db.Mentors.SingleAsync(m => m.Id == amira.Id);
        weekender.Availability = [Availability.Weekends, Availability.WeekdayEvenings];
        await db.SaveChangesAsync();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [InlineData("""{ offers: { some: { skill: { slug: { eq: "cybersecurity" } } } } }""", "Amira Khan")]
    [InlineData("{ offers: { some: { skill: { category: { eq: STRATEGIC } } } } }", "Brian Moss")]
    [InlineData("{ offers: { all: { skill: { category: { eq: DIGITAL } } } } }", "Amira Khan|Chen Li|Dana Roe")]
    [InlineData("""{ offers: { none: { skill: { slug: { eq: "cybersecurity" } } } } }""", "Brian Moss|Chen Li|Dana Roe")]
    [InlineData("{ offers: { any: true } }", "Amira Khan|Brian Moss|Chen Li")]
    [InlineData("{ offers: { any: false } }", "Dana Roe")]
    [InlineData("{ offers: { some: { level: { eq: ADVANCED } } } }", "Amira Khan|Brian Moss|Chen Li")]
    [InlineData("{ offers: { some: { level: { eq: EXPERT } } } }", "")]
    [InlineData("""{ wants: { some: { skill: { slug: { in: ["cybersecurity", "project-management"] } } } } }""", "Brian Moss|Chen Li")]
    [InlineData("{ wants: { all: { skill: { category: { eq: STRATEGIC } } } } }", "Amira Khan|Chen Li")]
    [InlineData("{ offers: { some: { skill: { category: { eq: DIGITAL } } } }, wants: { some: { skill: { category: { eq: STRATEGIC } } } } }", "Amira Khan|Chen Li")]
    [InlineData("{ offers: { some: { skill: { sectors: { some: { eq: CONSTRUCTION } } } } } }", "Amira Khan|Brian Moss")]
    public async Task Mentors_filter_on_the_skills_they_offer_and_want(string where, string expected)
    {
        Assert.Equal(Split(expected), await MentorNamesAsync(where));
    }

    [Theory]
    [InlineData("{ availability: { some: { eq: WEEKENDS } } }", "Amira Khan")]
    [InlineData("{ availability: { all: { eq: WEEKDAY_EVENINGS } } }", "Brian Moss|Chen Li|Dana Roe")]
    [InlineData("{ availability: { none: { eq: WEEKENDS } } }", "Brian Moss|Chen Li|Dana Roe")]
    [InlineData("{ availability: { some: { in: [WEEKENDS, WEEKDAY_MORNINGS] } } }", "Amira Khan")]
    [InlineData("{ availability: { any: true } }", "Amira Khan|Brian Moss|Chen Li|Dana Roe")]
    [InlineData("{ availability: { any: false } }", "")]
    public async Task Mentors_filter_on_their_availability_array(string where, string expected)
    {
        Assert.Equal(Split(expected), await MentorNamesAsync(where));
    }

    [Theory]
    [InlineData("some")]
    [InlineData("all")]
    [InlineData("none")]
    public async Task Skills_filter_on_the_sectors_that_need_them(string operation)
    {
        var data = await app.CreateGraphQLClient().QueryAsync($$"""
            { skills(where: { sectors: { {{operation}}: { eq: CONSTRUCTION } } }, first: 50) { totalCount nodes { slug } } }
            """);
        var slugs = data["skills"]!["nodes"]!.AsArray().Select(n => n!["slug"]!.GetValue<string>()).Order(StringComparer.Ordinal).ToArray();
        Func<Skill, bool> matches = operation switch
        {
            "some" => s => s.Sectors.Contains(Sector.Construction),
            "all" => s => s.Sectors.All(sector => sector == Sector.Construction),
            _ => s => !s.Sectors.Contains(Sector.Construction),
        };
        var expected = SkillCatalogue.All.Where(matches).Select(s => s.Slug).Order(StringComparer.Ordinal).ToArray();

        Assert.NotEmpty(expected);
        Assert.Equal(expected, slugs);
        Assert.Equal(expected.Length, data["skills"]!["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task Skills_with_any_sector_are_the_whole_taxonomy()
    {
        var data = await app.CreateGraphQLClient().QueryAsync("""
            { with: skills(where: { sectors: { any: true } }) { totalCount } without: skills(where: { sectors: { any: false } }) { totalCount } }
            """);

        Assert.Equal(SkillCatalogue.All.Count, data["with"]!["totalCount"]!.GetValue<int>());
        Assert.Equal(0, data["without"]!["totalCount"]!.GetValue<int>());
    }

    [Theory]
    [InlineData("{ skillsGaps: { some: { severity: { eq: CRITICAL }, status: { eq: OPEN } } } }", "Foleshill Foundry")]
    [InlineData("{ skillsGaps: { some: { status: { eq: OPEN } } } }", "Foleshill Foundry|Hockley Hub")]
    [InlineData("{ skillsGaps: { all: { status: { eq: OPEN } } } }", "Hockley Hub|Quiet Quarry")]
    [InlineData("{ skillsGaps: { none: { status: { eq: FILLED } } } }", "Hockley Hub|Quiet Quarry")]
    [InlineData("{ skillsGaps: { any: false } }", "Quiet Quarry")]
    [InlineData("{ skillsGaps: { any: true } }", "Foleshill Foundry|Hockley Hub")]
    [InlineData("""{ skillsGaps: { some: { skill: { slug: { eq: "cybersecurity" } } } } }""", "Foleshill Foundry")]
    public async Task Employers_filter_on_their_skills_gaps(string where, string expected)
    {
        var data = await app.CreateGraphQLClient().QueryAsync($$"""
            { employers(where: {{where}}, order: [{ name: ASC }]) { totalCount nodes { name } } }
            """);
        var names = data["employers"]!["nodes"]!.AsArray().Select(n => n!["name"]!.GetValue<string>()).ToArray();

        Assert.Equal(Split(expected), names);
        Assert.Equal(names.Length, data["employers"]!["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_list_operation_without_a_value_is_an_invalid_filter()
    {
        var response = await app.CreateGraphQLClient().PostAsync("{ mentors(where: { offers: { some: null } }) { totalCount } }");

        Assert.Equal("INVALID_FILTER", response.FirstErrorCode);
    }

    private static string[] Split(string expected) => expected.Split('|', StringSplitOptions.RemoveEmptyEntries);

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
