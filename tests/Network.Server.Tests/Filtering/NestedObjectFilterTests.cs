using Microsoft.EntityFrameworkCore;
using Network.Server.Employers;
using Network.Server.Mentors;
using Network.Server.Skills;
using Network.Server.SkillsGaps;
using Network.Server.Tests.Infrastructure;

namespace Network.Server.Tests.Filtering;

/// <summary>Filters that reach through a related object: a gap's employer and skill, a mentor's employer.</summary>
public sealed class NestedObjectFilterTests(NetworkApp app) : IClassFixture<NetworkApp>, IAsyncLifetime
{
    public async Task InitializeAsync()
    {
        await using var db = app.CreateDbContext();
        if (await db.Employers.AnyAsync())
        {
            return;
        }

        var data = new TestData(app);
        var builder = await data.EmployerAsync("Kings Norton Construction", Sector.Construction, "B30 3AA");
        var maker = await data.EmployerAsync("Walsall Precision", Sector.EngineeringManufacturing, "WS1 2AA");
        var studio = await data.EmployerAsync("Coventry Code Studio", Sector.IctDigital, "CV1 5AA");

        await data.GapAsync(builder, "site-management", SkillsGapSeverity.High);
        var digital = await data.GapAsync(builder, "building-information-modelling", SkillsGapSeverity.Critical);
        await data.GapAsync(maker, "cnc-machining", SkillsGapSeverity.Medium);
        await data.GapAsync(studio, "cybersecurity", SkillsGapSeverity.Critical);
        await data.GapAsync(studio, "data-analytics", SkillsGapSeverity.Low, status: SkillsGapStatus.Filled);

        var felt = await db.SkillsGaps.SingleAsync(g => g.Id == digital.Id);
        felt.Sector = Sector.IctDigital;
        await db.SaveChangesAsync();

        await data.MentorAsync(builder, "Kim Builder", CareerStage.Senior, ["site-management"], ["building-information-modelling"]);
        await data.MentorAsync(maker, "Wes Maker", CareerStage.Mid, ["cnc-machining"], ["cybersecurity"]);
        await data.MentorAsync(studio, "Cora Coder", CareerStage.Early, ["cybersecurity"], ["budget-planning"]);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Gaps_filter_on_their_employers_sector_not_their_own()
    {
        Assert.Equal(
            ["building-information-modelling", "site-management"],
            await GapSlugsAsync("{ employer: { sector: { eq: CONSTRUCTION } } }"));
        Assert.Equal(["site-management"], await GapSlugsAsync("{ sector: { eq: CONSTRUCTION } }"));
    }

    [Theory]
    [InlineData("""{ employer: { name: { startsWith: "Coventry" } } }""", "cybersecurity|data-analytics")]
    [InlineData("""{ employer: { localAuthorityCode: { eq: "E08000030" } } }""", "cnc-machining")]
    [InlineData("{ skill: { category: { eq: TRADE } } }", "cnc-machining|site-management")]
    [InlineData("""{ skill: { slug: { eq: "cybersecurity" } }, employer: { sector: { eq: ICT_DIGITAL } } }""", "cybersecurity")]
    [InlineData("{ skill: { sectors: { all: { eq: CONSTRUCTION } } } }", "building-information-modelling|site-management")]
    [InlineData("{ employer: { skillsGaps: { some: { status: { eq: FILLED } } } } }", "cybersecurity|data-analytics")]
    [InlineData("{ employer: { and: [{ sector: { neq: CONSTRUCTION } }, { size: { eq: SMALL } }] }, severity: { eq: CRITICAL } }", "cybersecurity")]
    public async Task Gaps_filter_on_their_employer_and_skill(string where, string expected)
    {
        Assert.Equal(expected.Split('|'), await GapSlugsAsync(where));
    }

    [Theory]
    [InlineData("{ employer: { sector: { eq: ENGINEERING_MANUFACTURING } } }", "Wes Maker")]
    [InlineData("""{ employer: { skillsGaps: { some: { skill: { slug: { eq: "cybersecurity" } }, status: { eq: OPEN } } } } }""", "Cora Coder")]
    [InlineData("""{ employer: { name: { neq: "Coventry Code Studio" } }, wants: { some: { skill: { category: { eq: DIGITAL } } } } }""", "Kim Builder|Wes Maker")]
    public async Task Mentors_filter_on_their_employer(string where, string expected)
    {
        var data = await app.CreateGraphQLClient().QueryAsync($$"""
            { mentors(where: {{where}}, first: 50) { totalCount nodes { displayName } } }
            """);
        // Names are not sortable (they are personal data), so the test puts them in order.
        var names = data["mentors"]!["nodes"]!.AsArray().Select(n => n!["displayName"]!.GetValue<string>()).Order(StringComparer.Ordinal).ToArray();

        Assert.Equal(expected.Split('|'), names);
        Assert.Equal(names.Length, data["mentors"]!["totalCount"]!.GetValue<int>());
    }

    private async Task<string[]> GapSlugsAsync(string where)
    {
        var data = await app.CreateGraphQLClient().QueryAsync($$"""
            { skillsGaps(where: {{where}}, first: 50) { totalCount nodes { skill { slug } } } }
            """);
        var slugs = data["skillsGaps"]!["nodes"]!.AsArray().Select(n => n!["skill"]!["slug"]!.GetValue<string>()).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(slugs.Length, data["skillsGaps"]!["totalCount"]!.GetValue<int>());
        return slugs;
    }
}
