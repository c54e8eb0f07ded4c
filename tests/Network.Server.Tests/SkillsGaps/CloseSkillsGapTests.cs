using System.Globalization;
using System.Text.Json.Nodes;
using Network.Server.Skills;
using Network.Server.SkillsGaps;
using Network.Server.Tests.Infrastructure;

namespace Network.Server.Tests.SkillsGaps;

public sealed class CloseSkillsGapTests(NetworkApp app) : IClassFixture<NetworkApp>
{
    private const string CloseSkillsGap = """
        mutation($input: CloseSkillsGapInput!) {
          closeSkillsGap(input: $input) {
            skillsGap { id status closedAt updatedAt }
            errors {
              __typename
              ... on Error { message }
              ... on InvalidIdError { field id expectedType }
              ... on SkillsGapNotFoundError { skillsGapId }
              ... on SkillsGapNotOpenError { status }
            }
          }
        }
        """;

    [Theory]
    [InlineData("FILLED", SkillsGapStatus.Filled)]
    [InlineData("WITHDRAWN", SkillsGapStatus.Withdrawn)]
    public async Task CloseSkillsGap_closes_an_open_gap(string status, SkillsGapStatus expected)
    {
        var gap = await GapAsync($"Closing {status} Ltd");
        var id = TestData.Id("SkillsGap", gap.Id);
        var before = DateTimeOffset.UtcNow.AddSeconds(-1);

        var payload = await CloseAsync(new { skillsGapId = id, status });

        Assert.Null(payload["errors"]);
        Assert.Equal(id, payload["skillsGap"]!["id"]!.GetValue<string>());
        Assert.Equal(status, payload["skillsGap"]!["status"]!.GetValue<string>());
        var closedAt = DateTimeOffset.Parse(payload["skillsGap"]!["closedAt"]!.GetValue<string>(), CultureInfo.InvariantCulture);
        Assert.InRange(closedAt, before, DateTimeOffset.UtcNow.AddSeconds(1));

        var row = await app.FindAsync<SkillsGap>(gap.Id);
        Assert.Equal(expected, row.Status);
        Assert.NotNull(row.ClosedAt);
        Assert.Equal(row.ClosedAt, row.UpdatedAt);
    }

    [Fact]
    public async Task A_closed_gap_leaves_the_open_list()
    {
        var gap = await GapAsync("Leaving The List Ltd");

        await CloseAsync(new { skillsGapId = TestData.Id("SkillsGap", gap.Id), status = "FILLED" });

        var data = await app.CreateGraphQLClient().QueryAsync("""
            { skillsGaps(where: { status: { eq: OPEN }, employer: { name: { eq: "Leaving The List Ltd" } } }) { totalCount } }
            """);
        Assert.Equal(0, data["skillsGaps"]!["totalCount"]!.GetValue<int>());
    }

    [Theory]
    [InlineData(SkillsGapStatus.Filled, "FILLED")]
    [InlineData(SkillsGapStatus.Withdrawn, "WITHDRAWN")]
    public async Task CloseSkillsGap_refuses_a_gap_that_is_already_closed(SkillsGapStatus status, string name)
    {
        var gap = await GapAsync($"Already {name} Ltd", status);

        var error = await SingleErrorAsync(gap, new { skillsGapId = TestData.Id("SkillsGap", gap.Id), status = "FILLED" });

        Assert.Equal("SkillsGapNotOpenError", error["__typename"]!.GetValue<string>());
        Assert.Equal(name, error["status"]!.GetValue<string>());
        Assert.Equal($"The skills gap is already {name}.", error["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task CloseSkillsGap_refuses_to_close_a_gap_as_open()
    {
        var gap = await GapAsync("Open As Open Ltd");

        var response = await app.CreateGraphQLClient().PostAsync(CloseSkillsGap, new { input = new { skillsGapId = TestData.Id("SkillsGap", gap.Id), status = "OPEN" } });

        Assert.Equal(400, response.StatusCode);
        Assert.Null(response.Data);
        Assert.Contains("SkillsGapClosure", response.Errors![0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        await AssertUnchangedAsync(gap);
    }

    [Fact]
    public async Task CloseSkillsGap_rejects_an_employer_id_where_a_skills_gap_id_is_needed()
    {
        var gap = await GapAsync("Wrong Id Closing Ltd");
        var employerId = TestData.Id("Employer", gap.EmployerId);

        var error = await SingleErrorAsync(gap, new { skillsGapId = employerId, status = "FILLED" });

        Assert.Equal("InvalidIdError", error["__typename"]!.GetValue<string>());
        Assert.Equal("skillsGapId", error["field"]!.GetValue<string>());
        Assert.Equal(employerId, error["id"]!.GetValue<string>());
        Assert.Equal("SkillsGap", error["expectedType"]!.GetValue<string>());
    }

    [Fact]
    public async Task CloseSkillsGap_rejects_a_malformed_id()
    {
        var payload = await CloseAsync(new { skillsGapId = "gap-1", status = "FILLED" });

        var error = Assert.Single(payload["errors"]!.AsArray())!;
        Assert.Equal("InvalidIdError", error["__typename"]!.GetValue<string>());
        Assert.Equal("gap-1", error["id"]!.GetValue<string>());
        Assert.Equal("skillsGapId is not a valid ID.", error["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task CloseSkillsGap_reports_a_gap_that_does_not_exist()
    {
        var missing = TestData.Id("SkillsGap", 999_999);

        var payload = await CloseAsync(new { skillsGapId = missing, status = "WITHDRAWN" });

        Assert.Null(payload["skillsGap"]);
        var error = Assert.Single(payload["errors"]!.AsArray())!;
        Assert.Equal("SkillsGapNotFoundError", error["__typename"]!.GetValue<string>());
        Assert.Equal(missing, error["skillsGapId"]!.GetValue<string>());
    }

    private async Task<SkillsGap> GapAsync(string employerName, SkillsGapStatus status = SkillsGapStatus.Open)
    {
        var data = new TestData(app);
        var employer = await data.EmployerAsync(employerName, Sector.IctDigital, "CV5 6AA");
        return await data.GapAsync(employer, "cloud-computing", status: status);
    }

    private async Task<JsonNode> CloseAsync(object input) =>
        (await app.CreateGraphQLClient().QueryAsync(CloseSkillsGap, new { input }))["closeSkillsGap"]!;

    private async Task<JsonNode> SingleErrorAsync(SkillsGap gap, object input)
    {
        var payload = await CloseAsync(input);

        Assert.Null(payload["skillsGap"]);
        await AssertUnchangedAsync(gap);
        return Assert.Single(payload["errors"]!.AsArray())!;
    }

    private async Task AssertUnchangedAsync(SkillsGap gap)
    {
        var row = await app.FindAsync<SkillsGap>(gap.Id);
        Assert.Equal(gap.Status, row.Status);
        Assert.Equal(gap.ClosedAt, row.ClosedAt);
        Assert.Equal(gap.UpdatedAt, row.UpdatedAt);
    }
}
