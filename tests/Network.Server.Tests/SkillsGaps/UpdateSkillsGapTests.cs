using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Network.Server.Skills;
using Network.Server.SkillsGaps;
using Network.Server.Tests.Infrastructure;

namespace Network.Server.Tests.SkillsGaps;

public sealed class UpdateSkillsGapTests(NetworkApp app) : IClassFixture<NetworkApp>
{
    private const string UpdateSkillsGap = """
        mutation($input: UpdateSkillsGapInput!) {
          updateSkillsGap(input: $input) {
            skillsGap { id sector severity hardToFillVacancies description status publishedAt updatedAt skill { slug } }
            errors {
              __typename
              ... on Error { message }
              ... on InvalidIdError { field id expectedType }
              ... on SkillsGapNotFoundError { skillsGapId }
              ... on SkillsGapNotOpenError { status }
              ... on OutOfRangeError { field minimum maximum }
              ... on ValueTooLongError { field maxLength }
              ... on NullNotAllowedError { field }
            }
          }
        }
        """;

    [Fact]
    public async Task UpdateSkillsGap_changes_the_fields_given_and_keeps_the_rest()
    {
        var gap = await GapAsync("Update Target One", description: "Original text");
        var id = TestData.Id("SkillsGap", gap.Id);

        var payload = await UpdateAsync(new { skillsGapId = id, severity = "CRITICAL", hardToFillVacancies = 9 });

        Assert.Null(payload["errors"]);
        var updated = payload["skillsGap"]!;
        Assert.Equal(id, updated["id"]!.GetValue<string>());
        Assert.Equal("CRITICAL", updated["severity"]!.GetValue<string>());
        Assert.Equal(9, updated["hardToFillVacancies"]!.GetValue<int>());
        Assert.Equal("Original text", updated["description"]!.GetValue<string>());
        Assert.Equal("CONSTRUCTION", updated["sector"]!.GetValue<string>());
        Assert.Equal("OPEN", updated["status"]!.GetValue<string>());
        Assert.Equal("site-management", updated["skill"]!["slug"]!.GetValue<string>());

        var row = await app.FindAsync<SkillsGap>(gap.Id);
        Assert.Equal(SkillsGapSeverity.Critical, row.Severity);
        Assert.Equal(9, row.HardToFillVacancies);
        Assert.Equal("Original text", row.Description);
        Assert.Equal(gap.PublishedAt, row.PublishedAt);
        Assert.True(row.UpdatedAt > gap.UpdatedAt);
    }

    [Fact]
    public async Task UpdateSkillsGap_changes_the_sector_and_clears_a_blank_description()
    {
        var gap = await GapAsync("Update Target Two", description: "To be removed");

        var payload = await UpdateAsync(new { skillsGapId = TestData.Id("SkillsGap", gap.Id), sector = "ICT_DIGITAL", description = " " });

        Assert.Equal("ICT_DIGITAL", payload["skillsGap"]!["sector"]!.GetValue<string>());
        Assert.Null(payload["skillsGap"]!["description"]);
        var row = await app.FindAsync<SkillsGap>(gap.Id);
        Assert.Equal(Sector.IctDigital, row.Sector);
        Assert.Null(row.Description);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(1001)]
    public async Task UpdateSkillsGap_rejects_vacancies_out_of_range(int vacancies)
    {
        var gap = await GapAsync($"Vacancies {vacancies} Target");

        var error = await SingleErrorAsync(gap, new { skillsGapId = TestData.Id("SkillsGap", gap.Id), hardToFillVacancies = vacancies });

        Assert.Equal("OutOfRangeError", error["__typename"]!.GetValue<string>());
        Assert.Equal("hardToFillVacancies", error["field"]!.GetValue<string>());
        Assert.Equal(0, error["minimum"]!.GetValue<double>());
        Assert.Equal(1000, error["maximum"]!.GetValue<double>());
    }

    [Fact]
    public async Task UpdateSkillsGap_rejects_a_description_of_2001_characters()
    {
        var gap = await GapAsync("Long Description Target");

        var error = await SingleErrorAsync(gap, new { skillsGapId = TestData.Id("SkillsGap", gap.Id), description = new string('d', 2001) });

        Assert.Equal("ValueTooLongError", error["__typename"]!.GetValue<string>());
        Assert.Equal("description", error["field"]!.GetValue<string>());
        Assert.Equal(2000, error["maxLength"]!.GetValue<int>());
    }

    [Fact]
    public async Task UpdateSkillsGap_rejects_an_employer_id_where_a_skills_gap_id_is_needed()
    {
        var gap = await GapAsync("Employer Id Target");
        var employerId = TestData.Id("Employer", gap.EmployerId);

        var error = await SingleErrorAsync(gap, new { skillsGapId = employerId, severity = "LOW" });

        Assert.Equal("InvalidIdError", error["__typename"]!.GetValue<string>());
        Assert.Equal("skillsGapId", error["field"]!.GetValue<string>());
        Assert.Equal(employerId, error["id"]!.GetValue<string>());
        Assert.Equal("SkillsGap", error["expectedType"]!.GetValue<string>());
        Assert.StartsWith("skillsGapId must be a SkillsGap ID", error["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("Employer ID", error["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task UpdateSkillsGap_reports_a_gap_that_does_not_exist()
    {
        var missing = TestData.Id("SkillsGap", 999_999);

        var payload = await UpdateAsync(new { skillsGapId = missing, severity = "LOW" });

        Assert.Null(payload["skillsGap"]);
        var error = Assert.Single(payload["errors"]!.AsArray())!;
        Assert.Equal("SkillsGapNotFoundError", error["__typename"]!.GetValue<string>());
        Assert.Equal(missing, error["skillsGapId"]!.GetValue<string>());
        Assert.Equal("No skills gap has that ID.", error["message"]!.GetValue<string>());
    }

    [Theory]
    [InlineData(SkillsGapStatus.Filled, "FILLED")]
    [InlineData(SkillsGapStatus.Withdrawn, "WITHDRAWN")]
    public async Task UpdateSkillsGap_refuses_a_closed_gap(SkillsGapStatus status, string name)
    {
        var gap = await GapAsync($"Closed {name} Target", status: status);

        var error = await SingleErrorAsync(gap, new { skillsGapId = TestData.Id("SkillsGap", gap.Id), severity = "CRITICAL" });

        Assert.Equal("SkillsGapNotOpenError", error["__typename"]!.GetValue<string>());
        Assert.Equal(name, error["status"]!.GetValue<string>());
        Assert.Equal($"The skills gap is already {name}.", error["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task UpdateSkillsGap_reports_input_and_state_errors_together()
    {
        var gap = await GapAsync("Closed And Wrong Target", status: SkillsGapStatus.Filled);

        var payload = await UpdateAsync(new { skillsGapId = TestData.Id("SkillsGap", gap.Id), hardToFillVacancies = 1001, description = new string('d', 2001) });

        Assert.Null(payload["skillsGap"]);
        Assert.Equal(
            ["OutOfRangeError", "ValueTooLongError", "SkillsGapNotOpenError"],
            payload["errors"]!.AsArray().Select(e => e!["__typename"]!.GetValue<string>()));
        await AssertUnchangedAsync(gap);
    }

    [Fact]
    public async Task UpdateSkillsGap_removes_a_description_given_as_null_and_keeps_one_left_out()
    {
        var gap = await GapAsync("Null Description Target", description: "Kept, then removed");
        var id = TestData.Id("SkillsGap", gap.Id);

        var leftOut = await UpdateAsync(new { skillsGapId = id, hardToFillVacancies = 5 });
        var keptRow = await app.FindAsync<SkillsGap>(gap.Id);
        var cleared = await UpdateAsync(new { skillsGapId = id, description = (string?)null });
        var clearedRow = await app.FindAsync<SkillsGap>(gap.Id);

        Assert.Null(leftOut["errors"]);
        Assert.Equal("Kept, then removed", leftOut["skillsGap"]!["description"]!.GetValue<string>());
        Assert.Equal("Kept, then removed", keptRow.Description);
        Assert.Null(cleared["errors"]);
        Assert.Null(cleared["skillsGap"]!["description"]);
        Assert.Null(clearedRow.Description);
        Assert.Equal(5, clearedRow.HardToFillVacancies);
        Assert.Equal(SkillsGapSeverity.Medium, clearedRow.Severity);
        Assert.Equal(Sector.Construction, clearedRow.Sector);
    }

    [Theory]
    [InlineData("severity")]
    [InlineData("hardToFillVacancies")]
    [InlineData("sector")]
    public async Task UpdateSkillsGap_refuses_null_for_a_field_that_must_have_a_value(string field)
    {
        var gap = await GapAsync($"Null {field} Target", description: "Must stay");

        var error = await SingleErrorAsync(gap, new JsonObject
        {
            ["skillsGapId"] = TestData.Id("SkillsGap", gap.Id),
            ["description"] = null,
            [field] = null,
        });

        Assert.Equal("NullNotAllowedError", error["__typename"]!.GetValue<string>());
        Assert.Equal(field, error["field"]!.GetValue<string>());
        Assert.Equal($"{field} cannot be null; leave it out to keep its value.", error["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task UpdateSkillsGap_changes_every_field_given_a_value()
    {
        var gap = await GapAsync("Every Field Target", description: "Before");

        var payload = await UpdateAsync(new { skillsGapId = TestData.Id("SkillsGap", gap.Id), severity = "LOW", hardToFillVacancies = 0, description = "After", sector = "ENGINEERING_MANUFACTURING" });

        Assert.Null(payload["errors"]);
        var row = await app.FindAsync<SkillsGap>(gap.Id);
        Assert.Equal(SkillsGapSeverity.Low, row.Severity);
        Assert.Equal(0, row.HardToFillVacancies);
        Assert.Equal("After", row.Description);
        Assert.Equal(Sector.EngineeringManufacturing, row.Sector);
    }

    private async Task<SkillsGap> GapAsync(string employerName, string? description = null, SkillsGapStatus status = SkillsGapStatus.Open)
    {
        var data = new TestData(app);
        var employer = await data.EmployerAsync(employerName, Sector.Construction, "WS1 1AA");
        return await data.GapAsync(employer, "site-management", SkillsGapSeverity.Medium, vacancies: 4, status: status, description: description);
    }

    private async Task<JsonNode> UpdateAsync(object input) =>
        (await app.CreateGraphQLClient().QueryAsync(UpdateSkillsGap, new { input }))["updateSkillsGap"]!;

    private async Task<JsonNode> SingleErrorAsync(SkillsGap gap, object input)
    {
        var payload = await UpdateAsync(input);

        Assert.Null(payload["skillsGap"]);
        await AssertUnchangedAsync(gap);
        return Assert.Single(payload["errors"]!.AsArray())!;
    }

    private async Task AssertUnchangedAsync(SkillsGap gap)
    {
        var row = await app.FindAsync<SkillsGap>(gap.Id);
        Assert.Equal(gap.Severity, row.Severity);
        Assert.Equal(gap.HardToFillVacancies, row.HardToFillVacancies);
        Assert.Equal(gap.Description, row.Description);
        Assert.Equal(gap.Sector, row.Sector);
        Assert.Equal(gap.Status, row.Status);
        Assert.Equal(gap.UpdatedAt, row.UpdatedAt);
    }
}
