using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Network.Server.Employers;
using Network.Server.Skills;
using Network.Server.SkillsGaps;
using Network.Server.Tests.Infrastructure;

namespace Network.Server.Tests.SkillsGaps;

public sealed class PublishSkillsGapTests(NetworkApp app) : IClassFixture<NetworkApp>
{
    private const string PublishSkillsGap = """
        mutation($input: PublishSkillsGapInput!) {
          publishSkillsGap(input: $input) {
            skillsGap {
              id sector severity hardToFillVacancies description status publishedAt updatedAt closedAt
              skill { slug } employer { name }
            }
            errors {
              __typename
              ... on Error { message }
              ... on InvalidIdError { field id expectedType }
              ... on EmployerNotFoundError { employerId }
              ... on UnknownSkillError { field skillId }
              ... on OutOfRangeError { field minimum maximum }
              ... on ValueTooLongError { field maxLength }
            }
          }
        }
        """;

    private static readonly string Cybersecurity = TestData.Id("Skill", TestData.Skill("cybersecurity"));

    [Fact]
    public async Task PublishSkillsGap_opens_a_gap_in_the_employers_sector()
    {
        var employer = await EmployerAsync("Publishing Plastics");
        var before = DateTimeOffset.UtcNow.AddSeconds(-1);

        var payload = await PublishAsync(Input(employer, vacancies: 3, description: "  Two SOC analysts for the night shift "));

        Assert.Null(payload["errors"]);
        var gap = payload["skillsGap"]!;
        Assert.Equal("ENGINEERING_MANUFACTURING", gap["sector"]!.GetValue<string>());
        Assert.Equal("HIGH", gap["severity"]!.GetValue<string>());
        Assert.Equal(3, gap["hardToFillVacancies"]!.GetValue<int>());
        Assert.Equal("Two SOC analysts for the night shift", gap["description"]!.GetValue<string>());
        Assert.Equal("OPEN", gap["status"]!.GetValue<string>());
        Assert.Null(gap["closedAt"]);
        Assert.Equal("cybersecurity", gap["skill"]!["slug"]!.GetValue<string>());
        Assert.Equal("Publishing Plastics", gap["employer"]!["name"]!.GetValue<string>());
        Assert.InRange(DateTimeOffset.Parse(gap["publishedAt"]!.GetValue<string>(), CultureInfo.InvariantCulture), before, DateTimeOffset.UtcNow.AddSeconds(1));

        await using var db = app.CreateDbContext();
        var row = await db.SkillsGaps.SingleAsync(g => g.EmployerId == employer.Id);
        Assert.Equal(TestData.Id("SkillsGap", row.Id), gap["id"]!.GetValue<string>());
        Assert.Equal(TestData.Skill("cybersecurity"), row.SkillId);
        Assert.Equal(Sector.EngineeringManufacturing, row.Sector);
        Assert.Equal(SkillsGapSeverity.High, row.Severity);
        Assert.Equal(SkillsGapStatus.Open, row.Status);
        Assert.Equal(3, row.HardToFillVacancies);
        Assert.Null(row.ClosedAt);
    }

    [Fact]
    public async Task PublishSkillsGap_takes_an_explicit_sector_and_no_description()
    {
        var employer = await EmployerAsync("Explicit Sector Works");

        var payload = await PublishAsync(new
        {
            employerId = TestData.Id("Employer", employer.Id),
            skillId = TestData.Id("Skill", TestData.Skill("building-information-modelling")),
            severity = "CRITICAL",
            hardToFillVacancies = 1,
            sector = "CONSTRUCTION",
        });

        Assert.Equal("CONSTRUCTION", payload["skillsGap"]!["sector"]!.GetValue<string>());
        Assert.Equal("CRITICAL", payload["skillsGap"]!["severity"]!.GetValue<string>());
        Assert.Null(payload["skillsGap"]!["description"]);
        await using var db = app.CreateDbContext();
        Assert.Equal(Sector.Construction, (await db.SkillsGaps.SingleAsync(g => g.EmployerId == employer.Id)).Sector);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1000)]
    public async Task PublishSkillsGap_accepts_vacancies_at_the_bounds(int vacancies)
    {
        var employer = await EmployerAsync($"Bound {vacancies} Ltd");

        var payload = await PublishAsync(Input(employer, vacancies));

        Assert.Null(payload["errors"]);
        Assert.Equal(vacancies, payload["skillsGap"]!["hardToFillVacancies"]!.GetValue<int>());
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(1001)]
    public async Task PublishSkillsGap_rejects_vacancies_out_of_range(int vacancies)
    {
        var employer = await EmployerAsync($"Out Of Range {vacancies} Ltd");

        var error = await SingleErrorAsync(employer, Input(employer, vacancies));

        Assert.Equal("OutOfRangeError", error["__typename"]!.GetValue<string>());
        Assert.Equal("hardToFillVacancies", error["field"]!.GetValue<string>());
        Assert.Equal(0, error["minimum"]!.GetValue<double>());
        Assert.Equal(1000, error["maximum"]!.GetValue<double>());
        Assert.Equal("hardToFillVacancies must be between 0 and 1000.", error["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task PublishSkillsGap_rejects_a_description_of_2001_characters()
    {
        var employer = await EmployerAsync("Verbose Ventures");

        var error = await SingleErrorAsync(employer, Input(employer, description: new string('d', 2001)));

        Assert.Equal("ValueTooLongError", error["__typename"]!.GetValue<string>());
        Assert.Equal("description", error["field"]!.GetValue<string>());
        Assert.Equal(2000, error["maxLength"]!.GetValue<int>());
    }

    [Fact]
    public async Task PublishSkillsGap_rejects_unknown_skill()
    {
        var employer = await EmployerAsync("Unknown Skill Works");
        var unknown = TestData.Id("Skill", 999);

        var error = await SingleErrorAsync(employer, Input(employer, skillId: unknown));

        Assert.Equal("UnknownSkillError", error["__typename"]!.GetValue<string>());
        Assert.Equal("skillId", error["field"]!.GetValue<string>());
        Assert.Equal(unknown, error["skillId"]!.GetValue<string>());
        Assert.Equal($"No skill has the ID {unknown}.", error["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task PublishSkillsGap_rejects_an_employer_id_where_a_skill_id_is_needed()
    {
        var employer = await EmployerAsync("Crossed Ids Works");
        var employerId = TestData.Id("Employer", employer.Id);

        var error = await SingleErrorAsync(employer, Input(employer, skillId: employerId));

        Assert.Equal("InvalidIdError", error["__typename"]!.GetValue<string>());
        Assert.Equal("skillId", error["field"]!.GetValue<string>());
        Assert.Equal(employerId, error["id"]!.GetValue<string>());
        Assert.Equal("Skill", error["expectedType"]!.GetValue<string>());
        Assert.StartsWith("skillId must be a Skill ID", error["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("Employer ID", error["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PublishSkillsGap_rejects_a_skill_id_where_an_employer_id_is_needed()
    {
        var employer = await EmployerAsync("Swapped Ids Works");

        var payload = await PublishAsync(new { employerId = Cybersecurity, skillId = Cybersecurity, severity = "LOW", hardToFillVacancies = 1 });

        Assert.Null(payload["skillsGap"]);
        var error = Assert.Single(payload["errors"]!.AsArray())!;
        Assert.Equal("InvalidIdError", error["__typename"]!.GetValue<string>());
        Assert.Equal("employerId", error["field"]!.GetValue<string>());
        Assert.Equal("Employer", error["expectedType"]!.GetValue<string>());
        await AssertNoGapsAsync(employer);
    }

    [Fact]
    public async Task PublishSkillsGap_reports_an_employer_that_does_not_exist()
    {
        var count = await CountAsync();
        var missing = TestData.Id("Employer", 999_999);

        var payload = await PublishAsync(new { employerId = missing, skillId = Cybersecurity, severity = "LOW", hardToFillVacancies = 1 });

        Assert.Null(payload["skillsGap"]);
        var error = Assert.Single(payload["errors"]!.AsArray())!;
        Assert.Equal("EmployerNotFoundError", error["__typename"]!.GetValue<string>());
        Assert.Equal(missing, error["employerId"]!.GetValue<string>());
        Assert.Equal($"No employer has the ID {missing}.", error["message"]!.GetValue<string>());
        Assert.Equal(count, await CountAsync());
    }

    [Fact]
    public async Task PublishSkillsGap_reports_a_missing_employer_and_an_unknown_skill_together()
    {
        var count = await CountAsync();

        var payload = await PublishAsync(new { employerId = TestData.Id("Employer", 999_998), skillId = TestData.Id("Skill", 999), severity = "LOW", hardToFillVacancies = 1 });

        Assert.Null(payload["skillsGap"]);
        Assert.Equal(["EmployerNotFoundError", "UnknownSkillError"], payload["errors"]!.AsArray().Select(e => e!["__typename"]!.GetValue<string>()));
        Assert.Equal(count, await CountAsync());
    }

    [Fact]
    public async Task PublishSkillsGap_reports_every_input_error_at_once()
    {
        var employer = await EmployerAsync("Many Mistakes Ltd");

        var payload = await PublishAsync(new
        {
            employerId = "nonsense",
            skillId = TestData.Id("Employer", employer.Id),
            severity = "MEDIUM",
            hardToFillVacancies = 1001,
            description = new string('d', 2001),
        });

        Assert.Null(payload["skillsGap"]);
        Assert.Equal(
            ["InvalidIdError", "InvalidIdError", "OutOfRangeError", "ValueTooLongError"],
            payload["errors"]!.AsArray().Select(e => e!["__typename"]!.GetValue<string>()));
        Assert.Equal(
            ["employerId", "skillId", "hardToFillVacancies", "description"],
            payload["errors"]!.AsArray().Select(e => e!["field"]!.GetValue<string>()));
        await AssertNoGapsAsync(employer);
    }

    private static object Input(Employer employer, int vacancies = 2, string? description = null, string? skillId = null) =>
        new
        {
            employerId = TestData.Id("Employer", employer.Id),
            skillId = skillId ?? Cybersecurity,
            severity = "HIGH",
            hardToFillVacancies = vacancies,
            description,
        };

    private Task<Employer> EmployerAsync(string name) =>
        new TestData(app).EmployerAsync(name, Sector.EngineeringManufacturing, "CV1 2JH");

    private async Task<JsonNode> PublishAsync(object input) =>
        (await app.CreateGraphQLClient().QueryAsync(PublishSkillsGap, new { input }))["publishSkillsGap"]!;

    private async Task<JsonNode> SingleErrorAsync(Employer employer, object input)
    {
        var payload = await PublishAsync(input);

        Assert.Null(payload["skillsGap"]);
        await AssertNoGapsAsync(employer);
        return Assert.Single(payload["errors"]!.AsArray())!;
    }

    private async Task AssertNoGapsAsync(Employer employer)
    {
        await using var db = app.CreateDbContext();
        Assert.False(await db.SkillsGaps.AnyAsync(g => g.EmployerId == employer.Id));
    }

    private async Task<int> CountAsync()
    {
        await using var db = app.CreateDbContext();
        return await db.SkillsGaps.CountAsync();
    }
}
