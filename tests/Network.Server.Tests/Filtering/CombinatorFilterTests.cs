using Microsoft.EntityFrameworkCore;
using Network.Server.Employers;
using Network.Server.Skills;
using Network.Server.Tests.Infrastructure;

namespace Network.Server.Tests.Filtering;

/// <summary><c>and</c> and <c>or</c>, at the top of a filter, nested in each other and inside operation inputs.</summary>
public sealed class CombinatorFilterTests(NetworkApp app) : IClassFixture<NetworkApp>, IAsyncLifetime
{
    public async Task InitializeAsync()
    {
        await using var db = app.CreateDbContext();
        if (await db.Employers.AnyAsync())
        {
            return;
        }

        var data = new TestData(app);
        await data.EmployerAsync("Acocks Green Assembly", Sector.EngineeringManufacturing, "B27 6AA", SizeBand.Small);
        await data.EmployerAsync("Bilston Brickwork", Sector.Construction, "WV14 6AA", SizeBand.Micro);
        await data.EmployerAsync("Castle Bromwich Cloud", Sector.IctDigital, "B36 9AA", SizeBand.Medium);
        await data.EmployerAsync("Dudley Demolition", Sector.Construction, "DY1 4AA", SizeBand.Large);
        await data.EmployerAsync("Erdington Electronics", Sector.EngineeringManufacturing, "B24 8AA", SizeBand.Medium);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [InlineData("{ sector: { eq: CONSTRUCTION }, size: { eq: MICRO } }", "Bilston Brickwork")]
    [InlineData("{ and: [{ sector: { eq: CONSTRUCTION } }, { size: { eq: LARGE } }] }", "Dudley Demolition")]
    [InlineData("{ or: [{ size: { eq: MICRO } }, { sector: { eq: ICT_DIGITAL } }] }", "Bilston Brickwork|Castle Bromwich Cloud")]
    [InlineData(
        """{ or: [{ and: [{ sector: { eq: ENGINEERING_MANUFACTURING } }, { size: { eq: MEDIUM } }] }, { name: { startsWith: "B" } }] }""",
        "Bilston Brickwork|Erdington Electronics")]
    [InlineData(
        "{ and: [{ or: [{ sector: { eq: CONSTRUCTION } }, { sector: { eq: ICT_DIGITAL } }] }, { or: [{ size: { eq: MEDIUM } }, { size: { eq: LARGE } }] }] }",
        "Castle Bromwich Cloud|Dudley Demolition")]
    [InlineData("""{ sector: { eq: CONSTRUCTION }, or: [{ size: { eq: MICRO } }, { name: { contains: "Cloud" } }] }""", "Bilston Brickwork")]
    [InlineData("""{ or: [{ name: { eq: "Acocks Green Assembly" } }], and: [{ size: { eq: LARGE } }] }""", "")]
    [InlineData("""{ or: [{ or: [{ name: { eq: "Acocks Green Assembly" } }, { name: { eq: "Dudley Demolition" } }] }] }""", "Acocks Green Assembly|Dudley Demolition")]
    public async Task And_and_or_combine_whole_filters(string where, string expected)
    {
        Assert.Equal(expected.Split('|', StringSplitOptions.RemoveEmptyEntries), await EmployerNamesAsync(where));
    }

    [Theory]
    [InlineData("""{ name: { or: [{ startsWith: "A" }, { endsWith: "Brickwork" }] } }""", "Acocks Green Assembly|Bilston Brickwork")]
    [InlineData("""{ name: { contains: "o", or: [{ startsWith: "D" }, { startsWith: "E" }] } }""", "Dudley Demolition|Erdington Electronics")]
    public async Task And_and_or_combine_operations_on_one_field(string where, string expected)
    {
        Assert.Equal(expected.Split('|'), await EmployerNamesAsync(where));
    }

    [Theory]
    [InlineData("{ size: { and: [{ neq: MICRO }, { neq: LARGE }] } }")]
    [InlineData("{ size: { or: [{ eq: MICRO }, { eq: LARGE }] } }")]
    [InlineData("{ id: { or: [{ eq: \"RW1wbG95ZXI6MQ==\" }] } }")]
    [InlineData("{ createdAt: { and: [{ gt: \"2020-01-01T00:00:00Z\" }] } }")]
    public async Task As_in_HotChocolate_only_string_operations_take_and_and_or(string where)
    {
        var response = await app.CreateGraphQLClient().PostAsync($"{{ employers(where: {where}) {{ nodes {{ name }} }} }}");

        Assert.Equal("ARGUMENTS_OF_CORRECT_TYPE", response.FirstErrorCode);
        Assert.Null(response.Data);
    }

    [Fact]
    public async Task An_empty_and_keeps_every_row()
    {
        Assert.Equal(5, (await EmployerNamesAsync("{ and: [] }")).Length);
    }

    [Fact]
    public async Task Total_count_and_page_agree_with_a_combined_filter()
    {
        var data = await app.CreateGraphQLClient().QueryAsync("""
            {
              employers(where: { or: [{ sector: { eq: CONSTRUCTION } }, { size: { eq: MEDIUM } }] }, order: [{ name: ASC }], first: 2) {
                totalCount
                nodes { name }
                pageInfo { hasNextPage }
              }
            }
            """);

        Assert.Equal(4, data["employers"]!["totalCount"]!.GetValue<int>());
        Assert.Equal(
            ["Bilston Brickwork", "Castle Bromwich Cloud"],
            data["employers"]!["nodes"]!.AsArray().Select(n => n!["name"]!.GetValue<string>()));
        Assert.True(data["employers"]!["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
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
