using Microsoft.EntityFrameworkCore;
using Network.Server.Employers;
using Network.Server.Mentors;
using Network.Server.Skills;
using Network.Server.SkillsGaps;
using Network.Server.Tests.Infrastructure;

namespace Network.Server.Tests.Filtering;

/// <summary>Enum operation inputs (<c>eq neq in nin</c>) on sectors, statuses, severities, sizes, career stages, formats and categories.</summary>
public sealed class EnumFilterTests(NetworkApp app) : IClassFixture<NetworkApp>, IAsyncLifetime
{
    public async Task InitializeAsync()
    {
        await using var db = app.CreateDbContext();
        if (await db.Employers.AnyAsync())
        {
            return;
        }

        var data = new TestData(app);
        var tyseley = await data.EmployerAsync("Tyseley Tooling", Sector.EngineeringManufacturing, "B11 2AA", SizeBand.Medium);
        var brierley = await data.EmployerAsync("Brierley Hill Build", Sector.Construction, "DY1 1AA", SizeBand.Micro);
        var solihull = await data.EmployerAsync("Solihull Secure", Sector.IctDigital, "B90 3AA", SizeBand.Small);
        await data.EmployerAsync("Longbridge Motors", Sector.EngineeringManufacturing, "B30 1AA", SizeBand.Large);

        await data.GapAsync(tyseley, "industrial-automation", SkillsGapSeverity.Critical);
        await data.GapAsync(tyseley, "cnc-machining", SkillsGapSeverity.Low, status: SkillsGapStatus.Filled);
        await data.GapAsync(brierley, "site-management", SkillsGapSeverity.High);
        await data.GapAsync(brierley, "heat-pump-installation", SkillsGapSeverity.Medium, status: SkillsGapStatus.Withdrawn);
        await data.GapAsync(solihull, "cybersecurity", SkillsGapSeverity.Critical);
        await data.GapAsync(solihull, "cloud-computing", SkillsGapSeverity.Medium);

        await data.MentorAsync(solihull, "Ada Early", CareerStage.Early, ["cybersecurity"], ["client-relations"], MentoringFormat.Online);
        await data.MentorAsync(tyseley, "Ben Mid", CareerStage.Mid, ["cnc-machining"], ["data-analytics"], MentoringFormat.Hybrid);
        await data.MentorAsync(brierley, "Cy Senior", CareerStage.Senior, ["site-management"], ["social-media-marketing"], MentoringFormat.InPerson);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [InlineData("{ sector: { eq: CONSTRUCTION } }", "heat-pump-installation|site-management")]
    [InlineData("{ sector: { neq: CONSTRUCTION } }", "cloud-computing|cnc-machining|cybersecurity|industrial-automation")]
    [InlineData("{ sector: { in: [ENGINEERING_MANUFACTURING, ICT_DIGITAL] } }", "cloud-computing|cnc-machining|cybersecurity|industrial-automation")]
    [InlineData("{ sector: { nin: [ENGINEERING_MANUFACTURING, ICT_DIGITAL] } }", "heat-pump-installation|site-management")]
    [InlineData("{ status: { eq: OPEN } }", "cloud-computing|cybersecurity|industrial-automation|site-management")]
    [InlineData("{ status: { neq: OPEN } }", "cnc-machining|heat-pump-installation")]
    [InlineData("{ status: { in: [FILLED, WITHDRAWN] } }", "cnc-machining|heat-pump-installation")]
    [InlineData("{ status: { nin: [OPEN, FILLED] } }", "heat-pump-installation")]
    [InlineData("{ severity: { eq: CRITICAL } }", "cybersecurity|industrial-automation")]
    [InlineData("{ severity: { neq: CRITICAL } }", "cloud-computing|cnc-machining|heat-pump-installation|site-management")]
    [InlineData("{ severity: { in: [LOW, MEDIUM] } }", "cloud-computing|cnc-machining|heat-pump-installation")]
    [InlineData("{ severity: { nin: [LOW, MEDIUM] } }", "cybersecurity|industrial-automation|site-management")]
    [InlineData("{ severity: { in: [] } }", "")]
    [InlineData("{ status: { eq: OPEN }, severity: { eq: CRITICAL }, sector: { eq: ICT_DIGITAL } }", "cybersecurity")]
    public async Task Skills_gaps_filter_on_sector_status_and_severity(string where, string expected)
    {
        var data = await app.CreateGraphQLClient().QueryAsync($$"""
            { skillsGaps(where: {{where}}, first: 50) { totalCount nodes { skill { slug } } } }
            """);
        var slugs = data["skillsGaps"]!["nodes"]!.AsArray().Select(n => n!["skill"]!["slug"]!.GetValue<string>()).Order(StringComparer.Ordinal).ToArray();

        Assert.Equal(expected.Split('|', StringSplitOptions.RemoveEmptyEntries), slugs);
        Assert.Equal(slugs.Length, data["skillsGaps"]!["totalCount"]!.GetValue<int>());
    }

    [Theory]
    [InlineData("{ size: { eq: MICRO } }", "Brierley Hill Build")]
    [InlineData("{ size: { neq: MEDIUM } }", "Brierley Hill Build|Longbridge Motors|Solihull Secure")]
    [InlineData("{ size: { in: [MICRO, LARGE] } }", "Brierley Hill Build|Longbridge Motors")]
    [InlineData("{ size: { nin: [MICRO, LARGE] } }", "Solihull Secure|Tyseley Tooling")]
    [InlineData("{ sector: { eq: ENGINEERING_MANUFACTURING } }", "Longbridge Motors|Tyseley Tooling")]
    public async Task Employers_filter_on_size_and_sector(string where, string expected)
    {
        var data = await app.CreateGraphQLClient().QueryAsync($$"""
            { employers(where: {{where}}, order: [{ name: ASC }]) { totalCount nodes { name } } }
            """);
        var names = data["employers"]!["nodes"]!.AsArray().Select(n => n!["name"]!.GetValue<string>()).ToArray();

        Assert.Equal(expected.Split('|'), names);
        Assert.Equal(names.Length, data["employers"]!["totalCount"]!.GetValue<int>());
    }

    [Theory]
    [InlineData("{ careerStage: { eq: SENIOR } }", "Cy Senior")]
    [InlineData("{ careerStage: { neq: SENIOR } }", "Ada Early|Ben Mid")]
    [InlineData("{ careerStage: { in: [EARLY, SENIOR] } }", "Ada Early|Cy Senior")]
    [InlineData("{ careerStage: { nin: [EARLY, SENIOR] } }", "Ben Mid")]
    [InlineData("{ format: { eq: IN_PERSON } }", "Cy Senior")]
    [InlineData("{ format: { neq: HYBRID } }", "Ada Early|Cy Senior")]
    [InlineData("{ format: { in: [ONLINE, HYBRID] } }", "Ada Early|Ben Mid")]
    [InlineData("{ format: { nin: [ONLINE, HYBRID] } }", "Cy Senior")]
    public async Task Mentors_filter_on_career_stage_and_format(string where, string expected)
    {
        var data = await app.CreateGraphQLClient().QueryAsync($$"""
            { mentors(where: {{where}}, first: 50) { totalCount nodes { displayName } } }
            """);
        // Names are not sortable (they are personal data), so the test puts them in order.
        var names = data["mentors"]!["nodes"]!.AsArray().Select(n => n!["displayName"]!.GetValue<string>()).Order(StringComparer.Ordinal).ToArray();

        Assert.Equal(expected.Split('|'), names);
        Assert.Equal(names.Length, data["mentors"]!["totalCount"]!.GetValue<int>());
    }

    [Theory]
    [InlineData("eq", SkillCategory.Trade)]
    [InlineData("neq", SkillCategory.Digital)]
    public async Task Skills_filter_on_category(string operation, SkillCategory category)
    {
        var name = category.ToString().ToUpperInvariant();
        var data = await app.CreateGraphQLClient().QueryAsync($$"""
            { skills(where: { category: { {{operation}}: {{name}} } }, first: 50) { totalCount nodes { slug category } } }
            """);
        var nodes = data["skills"]!["nodes"]!.AsArray();
        var expected = SkillCatalogue.All.Where(s => operation == "eq" ? s.Category == category : s.Category != category).Select(s => s.Slug);

        Assert.Equal(expected.Order(StringComparer.Ordinal), nodes.Select(n => n!["slug"]!.GetValue<string>()).Order(StringComparer.Ordinal));
        Assert.Equal(expected.Count(), data["skills"]!["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task An_unknown_enum_value_is_a_validation_error()
    {
        var response = await app.CreateGraphQLClient().PostAsync("{ skillsGaps(where: { severity: { eq: URGENT } }) { totalCount } }");

        Assert.Equal(400, response.StatusCode);
        Assert.NotNull(response.Errors);
        Assert.Null(response.Body!["data"]);
    }
}
