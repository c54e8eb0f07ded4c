using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Network.Server.Employers;
using Network.Server.Skills;
using Network.Server.SkillsGaps;
using Network.Server.Tests.Infrastructure;

namespace Network.Server.Tests.Onboarding;

public sealed class ImportSkillsGapsTests(NetworkApp app) : IClassFixture<NetworkApp>
{
    private const string Header = "externalReference,skill,severity,hardToFillVacancies,description,sector";

    [Fact]
    public async Task ImportSkillsGaps_publishes_the_sample_files_gaps_in_the_employers_sector_unless_a_row_names_one()
    {
        var employer = await EmployerAsync("Sample Gaps Ltd");

        var report = (await ImportAsync(employer, ImportRequests.Sample("skills-gaps.csv"))).Report();

        Assert.Equal((3, 3, 0, 0, 0), report.Counts());
        var gaps = await GapsAsync(employer);
        Assert.Equal(["GAP-01", "GAP-02", "GAP-03"], gaps.Select(g => g.ExternalReference));
        Assert.Equal(
            [
                (TestData.Skill("cybersecurity"), SkillsGapSeverity.Critical, 3, "Penetration testers for our plant networks, on site in Coventry", Sector.EngineeringManufacturing),
                (TestData.Skill("building-information-modelling"), SkillsGapSeverity.High, 2, "BIM coordinators for social housing projects", Sector.Construction),
                (TestData.Skill("data-analytics"), SkillsGapSeverity.Medium, 1, null, Sector.EngineeringManufacturing),
            ],
            gaps.Select(g => (g.SkillId, g.Severity, g.HardToFillVacancies, g.Description, g.Sector)));
        Assert.All(gaps, g => Assert.Equal(SkillsGapStatus.Open, g.Status));
    }

    [Fact]
    public async Task Importing_the_same_file_again_changes_nothing_and_a_changed_row_updates_its_gap()
    {
        var employer = await EmployerAsync("Repeat Gaps Ltd");
        var csv = ImportRequests.Sample("skills-gaps.csv");
        await ImportAsync(employer, csv);
        var before = await GapsAsync(employer);

        var again = (await ImportAsync(employer, csv)).Report();
        var unchanged = await GapsAsync(employer);
        var changed = (await ImportAsync(employer, csv.Replace("GAP-03,data-analytics,MEDIUM,1,,", "GAP-03,data-analytics,HIGH,4,Data engineers,", StringComparison.Ordinal))).Report();

        Assert.Equal((3, 0, 0, 3, 0), again.Counts());
        Assert.Equal(before.Select(g => (g.Id, g.UpdatedAt)), unchanged.Select(g => (g.Id, g.UpdatedAt)));
        Assert.Equal((3, 0, 1, 2, 0), changed.Counts());
        var gap = (await GapsAsync(employer)).Single(g => g.ExternalReference == "GAP-03");
        Assert.Equal((SkillsGapSeverity.High, 4, "Data engineers"), (gap.Severity, gap.HardToFillVacancies, gap.Description));
    }

    [Fact]
    public async Task A_closed_gap_cannot_be_changed_by_a_row()
    {
        var employer = await EmployerAsync("Closed Gaps Ltd");
        var csv = ImportRequests.Sample("skills-gaps.csv");
        await ImportAsync(employer, csv);
        await using (var db = app.CreateDbContext())
        {
            await db.SkillsGaps.Where(g => g.EmployerId == employer.Id && g.ExternalReference == "GAP-02")
                .ExecuteUpdateAsync(s => s.SetProperty(g => g.Status, SkillsGapStatus.Filled));
        }

        var payload = await ImportAsync(employer, csv.Replace("HIGH,2,BIM", "CRITICAL,2,BIM", StringComparison.Ordinal));

        var error = Assert.Single(payload["errors"]!.AsArray())!;
        Assert.Equal(["3 externalReference: The skills gap is already FILLED."], error.Problems());
    }

    [Fact]
    public async Task Every_problem_is_reported_in_the_words_of_publishSkillsGap_and_a_dry_run_writes_nothing()
    {
        var employer = await EmployerAsync("Gap Problems Ltd");
        var csv = string.Join("\r\n",
            Header,
            "G-1,cybersecurity,LOW,0,,",
            $"G-2,knitting,SEVERE,1001,{new string('x', 2001)},FARMING",
            ",Cloud computing,HIGH,,\"Quoted, with a comma\",",
            "");

        var report = (await ImportAsync(employer, csv, dryRun: true)).Report();

        Assert.Equal(
            [
                "3 skill: No skill has the slug or name 'knitting'.",
                "3 severity: severity must be one of LOW, MEDIUM, HIGH, CRITICAL, not 'SEVERE'.",
                "3 hardToFillVacancies: hardToFillVacancies must be between 0 and 1000.",
                "3 description: description must be at most 2000 characters.",
                "3 sector: sector must be one of ENGINEERING_MANUFACTURING, CONSTRUCTION, ICT_DIGITAL, not 'FARMING'.",
                "4 externalReference: externalReference must not be blank.",
                "4 hardToFillVacancies: hardToFillVacancies must not be blank.",
            ],
            report.Problems());
        Assert.Equal((3, 1, 0, 0, 2), report.Counts());
        Assert.Empty(await GapsAsync(employer));
    }

    [Fact]
    public async Task Broken_quoting_and_a_wrong_number_of_cells_are_problems_of_their_rows()
    {
        var employer = await EmployerAsync("Broken Quotes Ltd");
        var csv = string.Join('\n', Header, "G-1,cybersecurity,LOW,1,\"Quoted\" twice,", "G-2,cybersecurity,LOW,1,,,extra", "");

        var report = (await ImportAsync(employer, csv, dryRun: true)).Report();

        Assert.Equal(
            [
                "2 -: Text after a cell's closing quote; double a quote inside a quoted cell.",
                "3 -: The row has 7 cells; the header has 6.",
            ],
            report.Problems());
        Assert.Equal((2, 0, 0, 0, 2), report.Counts());
    }

    [Fact]
    public async Task The_external_reference_is_shown_to_those_who_may_import_the_employers_gaps()
    {
        var employer = await EmployerAsync("Gap References Ltd");
        await ImportAsync(employer, ImportRequests.Sample("skills-gaps.csv"));
        var id = TestData.Id("SkillsGap", (await GapsAsync(employer))[0].Id);
        var query = $$"""{ node(id: "{{id}}") { ... on SkillsGap { externalReference } } }""";

        async Task<string?> AsAsync(Network.Server.Identity.Caller caller) =>
            (await app.CreateGraphQLClient(caller).QueryAsync(query))["node"]!["externalReference"]?.GetValue<string>();

        Assert.Equal("GAP-01", await AsAsync(TestCallers.Admin));
        Assert.Equal("GAP-01", await AsAsync(TestCallers.Coordinator));
        Assert.Equal("GAP-01", await AsAsync(TestCallers.EmployerAdmin(employer.Id)));
        Assert.Null(await AsAsync(TestCallers.Partner));
        Assert.Null(await AsAsync(TestCallers.Anonymous));
    }

    private async Task<Employer> EmployerAsync(string name) => await new TestData(app).EmployerAsync(name, Sector.EngineeringManufacturing, "CV1 2JH");

    private Task<JsonNode> ImportAsync(Employer employer, string csv, bool? dryRun = null) =>
        app.CreateGraphQLClient().ImportAsync("importSkillsGaps", TestData.Id("Employer", employer.Id), csv, dryRun);

    private async Task<List<SkillsGap>> GapsAsync(Employer employer)
    {
        await using var db = app.CreateDbContext();
        return await db.SkillsGaps.AsNoTracking().Where(g => g.EmployerId == employer.Id).OrderBy(g => g.ExternalReference).ToListAsync();
    }
}
