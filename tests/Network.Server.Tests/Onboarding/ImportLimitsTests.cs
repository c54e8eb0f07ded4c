using Network.Server.Skills;
using Network.Server.Tests.Infrastructure;

namespace Network.Server.Tests.Onboarding;

/// <summary>Import:MaxFileBytes and Import:MaxRows refuse a file before any of its rows is checked, with typed errors.</summary>
public sealed class ImportLimitsTests(SmallImportApp app) : IClassFixture<SmallImportApp>
{
    private const string Header = "externalReference,skill,severity,hardToFillVacancies,description,sector";

    [Fact]
    public async Task A_file_over_the_import_limit_is_refused_with_its_size_and_the_limit()
    {
        var csv = Header + "\n" + $"G-1,cybersecurity,LOW,0,{new string('x', 1100)},\n";

        var error = await ImportErrorAsync(csv);

        Assert.Equal("ImportFileTooLargeError", error["__typename"]!.GetValue<string>());
        Assert.Equal(1024, error["maxBytes"]!.GetValue<int>());
        Assert.StartsWith($"The file is {csv.Length:N0} bytes; at most 1,024 are allowed.", error["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_of_more_rows_than_allowed_is_refused_however_good_its_rows()
    {
        var rows = Enumerable.Range(1, 4).Select(i => $"G-{i},cybersecurity,LOW,{i},,");

        var error = await ImportErrorAsync(string.Join('\n', [Header, .. rows]));

        Assert.Equal("ImportTooManyRowsError", error["__typename"]!.GetValue<string>());
        Assert.Equal(3, error["maxRows"]!.GetValue<int>());
        Assert.Equal("The file has more than 3 rows; import at most 3 at a time.", error["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task Blank_rows_do_not_count()
    {
        var employer = await new TestData(app).EmployerAsync("Blank Rows Ltd", Sector.Construction, "B1 1AA");
        var csv = string.Join('\n', Header, "G-1,cybersecurity,LOW,1,,", ",,,,,", "", "G-2,cybersecurity,LOW,2,,", " , , , , , ", "G-3,data-analytics,LOW,3,,");

        var payload = await app.CreateGraphQLClient().ImportAsync("importSkillsGaps", TestData.Id("Employer", employer.Id), csv);

        Assert.Equal((3, 3, 0, 0, 0), payload.Report().Counts());
    }

    private async Task<System.Text.Json.Nodes.JsonNode> ImportErrorAsync(string csv)
    {
        var employer = await new TestData(app).EmployerAsync($"Limits {Guid.NewGuid():N}", Sector.Construction, "B1 1AA");
        var payload = await app.CreateGraphQLClient().ImportAsync("importSkillsGaps", TestData.Id("Employer", employer.Id), csv);
        Assert.Null(payload["import"]);
        return Assert.Single(payload["errors"]!.AsArray())!;
    }
}
