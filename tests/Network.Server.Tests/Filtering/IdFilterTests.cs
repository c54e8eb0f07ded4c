using System.Text;
using Microsoft.EntityFrameworkCore;
using Network.Server.Employers;
using Network.Server.Skills;
using Network.Server.Tests.Infrastructure;

namespace Network.Server.Tests.Filtering;

/// <summary><c>IdOperationFilterInput</c>: global IDs in filters, compared by key, and refused when of the wrong type or malformed.</summary>
public sealed class IdFilterTests(NetworkApp app) : IClassFixture<NetworkApp>, IAsyncLifetime
{
    private static readonly string CybersecurityId = TestData.Id("Skill", TestData.Skill("cybersecurity"));

    public async Task InitializeAsync()
    {
        await using var db = app.CreateDbContext();
        if (await db.Employers.AnyAsync())
        {
            return;
        }

        var data = new TestData(app);
        var first = await data.EmployerAsync("Id Filter Alpha", Sector.IctDigital, "B1 1AA");
        var second = await data.EmployerAsync("Id Filter Bravo", Sector.Construction, "CV1 1AA");
        var third = await data.EmployerAsync("Id Filter Charlie", Sector.EngineeringManufacturing, "WV1 1AA");
        await data.GapAsync(first, "cybersecurity");
        await data.GapAsync(second, "cybersecurity");
        await data.GapAsync(third, "cnc-machining");
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Employers_filter_by_global_id_with_each_operation()
    {
        var (alpha, bravo, charlie) = (await EmployerIdAsync("Id Filter Alpha"), await EmployerIdAsync("Id Filter Bravo"), await EmployerIdAsync("Id Filter Charlie"));

        Assert.Equal(["Id Filter Bravo"], await EmployerNamesAsync($$"""{ id: { eq: "{{bravo}}" } }"""));
        Assert.Equal(["Id Filter Alpha", "Id Filter Charlie"], await EmployerNamesAsync($$"""{ id: { neq: "{{bravo}}" } }"""));
        Assert.Equal(["Id Filter Alpha", "Id Filter Charlie"], await EmployerNamesAsync($$"""{ id: { in: ["{{alpha}}", "{{charlie}}"] } }"""));
        Assert.Equal(["Id Filter Alpha"], await EmployerNamesAsync($$"""{ id: { nin: ["{{bravo}}", "{{charlie}}"] } }"""));
        Assert.Empty(await EmployerNamesAsync("{ id: { in: [] } }"));
    }

    [Fact]
    public async Task Ids_read_from_a_list_filter_the_same_list()
    {
        var client = app.CreateGraphQLClient();
        var listed = await client.QueryAsync("""{ employers(where: { name: { eq: "Id Filter Charlie" } }) { nodes { id } } }""");
        var id = listed["employers"]!["nodes"]![0]!["id"]!.GetValue<string>();

        var data = await client.QueryAsync("query($id: ID) { employers(where: { id: { eq: $id } }) { nodes { id name } } }", new { id });

        Assert.Equal(id, data["employers"]!["nodes"]![0]!["id"]!.GetValue<string>());
        Assert.Equal("Id Filter Charlie", data["employers"]!["nodes"]![0]!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_id_with_no_row_matches_nothing()
    {
        Assert.Empty(await EmployerNamesAsync($$"""{ id: { eq: "{{TestData.Id("Employer", 999_999)}}" } }"""));
    }

    [Fact]
    public async Task Nested_ids_filter_gaps_by_skill_and_employer()
    {
        var bravo = await EmployerIdAsync("Id Filter Bravo");
        var data = await app.CreateGraphQLClient().QueryAsync($$"""
            {
              bySkill: skillsGaps(where: { skill: { id: { eq: "{{CybersecurityId}}" } } }) { totalCount }
              byBoth: skillsGaps(where: { skill: { id: { eq: "{{CybersecurityId}}" } }, employer: { id: { in: ["{{bravo}}"] } } }) {
                totalCount
                nodes { employer { name } }
              }
            }
            """);

        Assert.Equal(2, data["bySkill"]!["totalCount"]!.GetValue<int>());
        Assert.Equal(1, data["byBoth"]!["totalCount"]!.GetValue<int>());
        Assert.Equal("Id Filter Bravo", data["byBoth"]!["nodes"]![0]!["employer"]!["name"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("employers(where: { id: { eq: $id } })")]
    [InlineData("employers(where: { id: { in: [$id] } })")]
    [InlineData("skillsGaps(where: { employer: { id: { neq: $id } } })")]
    public async Task An_id_of_another_type_is_refused_with_wrong_id_type(string field)
    {
        var response = await app.CreateGraphQLClient().PostAsync($"query($id: ID) {{ {field} {{ totalCount }} }}", new { id = CybersecurityId });

        Assert.Equal("WRONG_ID_TYPE", response.FirstErrorCode);
        Assert.Contains(CybersecurityId, response.Errors![0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Null(response.Data);
    }

    [Fact]
    public async Task An_employer_id_in_a_skill_filter_is_refused_with_wrong_id_type()
    {
        var response = await app.CreateGraphQLClient().PostAsync(
            $$"""{ skillsGaps(where: { skill: { id: { eq: "{{TestData.Id("Employer", 1)}}" } } }) { totalCount } }""");

        Assert.Equal("WRONG_ID_TYPE", response.FirstErrorCode);
    }

    [Theory]
    [InlineData("not-an-id")]
    [InlineData("")]
    public async Task A_malformed_id_is_refused_with_invalid_id(string id)
    {
        var response = await app.CreateGraphQLClient().PostAsync($$"""{ employers(where: { id: { eq: "{{id}}" } }) { totalCount } }""");

        Assert.Equal("INVALID_ID", response.FirstErrorCode);
        Assert.Equal($"'{id}' is not a valid ID.", response.Errors![0]!["message"]!.GetValue<string>());
        Assert.Null(response.Data?["employers"]);
    }

    [Theory]
    [InlineData("Employer:abc")]
    [InlineData("Employer:0")]
    [InlineData("Employer:-3")]
    [InlineData("Employer")]
    public async Task An_id_without_a_positive_key_is_refused_with_invalid_id(string decoded)
    {
        var id = Convert.ToBase64String(Encoding.UTF8.GetBytes(decoded));

        var response = await app.CreateGraphQLClient().PostAsync($$"""{ employers(where: { id: { in: ["{{id}}"] } }) { totalCount } }""");

        Assert.Equal("INVALID_ID", response.FirstErrorCode);
    }

    private async Task<string> EmployerIdAsync(string name)
    {
        await using var db = app.CreateDbContext();
        return TestData.Id("Employer", await db.Employers.Where(e => e.Name == name).Select(e => e.Id).SingleAsync());
    }

    private async Task<string[]> EmployerNamesAsync(string where)
    {
        var data = await app.CreateGraphQLClient().QueryAsync($$"""
            { employers(where: {{where}}, order: [{ name: ASC }]) { totalCount nodes { name } } }
            """);
        var names = data["employers"]!["nodes"]!.AsArray().Select(n => n!["name"]!.GetValue<string>()).ToArray();
        Assert.Equal(names.Length, data["employers"]!["totalCount"]!.GetValue<int>());
        return names;
    }
}
