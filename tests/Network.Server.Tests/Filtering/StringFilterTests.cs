using Microsoft.EntityFrameworkCore;
using Network.Server.Employers;
using Network.Server.Skills;
using Network.Server.Tests.Infrastructure;

namespace Network.Server.Tests.Filtering;

/// <summary><c>StringOperationFilterInput</c>: every operation against real employer names, postcodes and gap descriptions.</summary>
public sealed class StringFilterTests(NetworkApp app) : IClassFixture<NetworkApp>, IAsyncLifetime
{
    private static readonly string[] AllNames =
    [
        "Aston Robotics", "Coventry Cyber Labs", "Digbeth Data Co", "Stratford Stone Builders", "Tipton 100% Steel",
        "Walsall Builders", "Wolverhampton Welding",
    ];

    public async Task InitializeAsync()
    {
        await using var db = app.CreateDbContext();
        if (await db.Employers.AnyAsync())
        {
            return;
        }

        var data = new TestData(app);
        var aston = await data.EmployerAsync("Aston Robotics", Sector.EngineeringManufacturing, "B6 4AA");
        await data.EmployerAsync("Coventry Cyber Labs", Sector.IctDigital, "CV1 2JH");
        await data.EmployerAsync("Digbeth Data Co", Sector.IctDigital, "B5 5EE");
        await data.EmployerAsync("Stratford Stone Builders", Sector.Construction, "CV37 6AA");
        await data.EmployerAsync("Tipton 100% Steel", Sector.EngineeringManufacturing, "DY4 8AA");
        await data.EmployerAsync("Walsall Builders", Sector.Construction, "WS1 1AA");
        await data.EmployerAsync("Wolverhampton Welding", Sector.EngineeringManufacturing, "WV1 1AA");

        await data.GapAsync(aston, "industrial-automation", description: "Cobot programming for the welding line");
        await data.GapAsync(aston, "cnc-machining", description: "Five-axis setters");
        await data.GapAsync(aston, "quality-inspection");
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [InlineData("""{ eq: "Walsall Builders" }""", "Walsall Builders")]
    [InlineData("""{ neq: "Walsall Builders" }""", "Aston Robotics|Coventry Cyber Labs|Digbeth Data Co|Stratford Stone Builders|Tipton 100% Steel|Wolverhampton Welding")]
    [InlineData("""{ contains: "Data" }""", "Digbeth Data Co")]
    [InlineData("""{ ncontains: "Builders" }""", "Aston Robotics|Coventry Cyber Labs|Digbeth Data Co|Tipton 100% Steel|Wolverhampton Welding")]
    [InlineData("""{ in: ["Aston Robotics", "Digbeth Data Co", "Nobody Ltd"] }""", "Aston Robotics|Digbeth Data Co")]
    [InlineData("""{ nin: ["Aston Robotics", "Digbeth Data Co", "Nobody Ltd"] }""", "Coventry Cyber Labs|Stratford Stone Builders|Tipton 100% Steel|Walsall Builders|Wolverhampton Welding")]
    [InlineData("""{ startsWith: "W" }""", "Walsall Builders|Wolverhampton Welding")]
    [InlineData("""{ nstartsWith: "W" }""", "Aston Robotics|Coventry Cyber Labs|Digbeth Data Co|Stratford Stone Builders|Tipton 100% Steel")]
    [InlineData("""{ endsWith: "Builders" }""", "Stratford Stone Builders|Walsall Builders")]
    [InlineData("""{ nendsWith: "Builders" }""", "Aston Robotics|Coventry Cyber Labs|Digbeth Data Co|Tipton 100% Steel|Wolverhampton Welding")]
    [InlineData("""{ startsWith: "W", endsWith: "Welding" }""", "Wolverhampton Welding")]
    [InlineData("""{ eq: "Nobody Ltd" }""", "")]
    public async Task Employer_names_filter_with_each_string_operation(string operation, string expected)
    {
        var names = await EmployerNamesAsync($"{{ name: {operation} }}");

        Assert.Equal(expected.Split('|', StringSplitOptions.RemoveEmptyEntries), names);
    }

    [Fact]
    public async Task String_operations_are_case_sensitive()
    {
        Assert.Empty(await EmployerNamesAsync("""{ name: { contains: "cyber" } }"""));
        Assert.Equal(["Coventry Cyber Labs"], await EmployerNamesAsync("""{ name: { contains: "Cyber" } }"""));
        Assert.Empty(await EmployerNamesAsync("""{ name: { eq: "walsall builders" } }"""));
    }

    [Fact]
    public async Task Like_wildcards_in_the_value_match_literally()
    {
        Assert.Equal(["Tipton 100% Steel"], await EmployerNamesAsync("""{ name: { contains: "%" } }"""));
        Assert.Empty(await EmployerNamesAsync("""{ name: { startsWith: "%" } }"""));
        Assert.Empty(await EmployerNamesAsync("""{ name: { contains: "_" } }"""));
        Assert.Empty(await EmployerNamesAsync("""{ name: { endsWith: "Builder_" } }"""));
    }

    [Fact]
    public async Task Postcode_and_local_authority_code_are_string_filters_too()
    {
        Assert.Equal(["Coventry Cyber Labs", "Stratford Stone Builders"], await EmployerNamesAsync("""{ postcode: { startsWith: "CV" } }"""));
        Assert.Equal(["Coventry Cyber Labs"], await EmployerNamesAsync("""{ localAuthorityCode: { eq: "E08000026" } }"""));
        Assert.Equal(
            ["Aston Robotics", "Digbeth Data Co"],
            await EmployerNamesAsync("""{ localAuthorityCode: { in: ["E08000025"] } }"""));
    }

    [Fact]
    public async Task Total_count_counts_the_filtered_rows_not_the_page()
    {
        var data = await app.CreateGraphQLClient().QueryAsync("""
            { employers(where: { name: { endsWith: "Builders" } }, first: 1) { totalCount nodes { name } } }
            """);

        Assert.Equal(2, data["employers"]!["totalCount"]!.GetValue<int>());
        Assert.Single(data["employers"]!["nodes"]!.AsArray());
    }

    [Fact]
    public async Task Empty_where_returns_every_row()
    {
        Assert.Equal(AllNames, await EmployerNamesAsync("{}"));
    }

    [Theory]
    [InlineData("""{ contains: "welding" }""", "industrial-automation")]
    [InlineData("""{ ncontains: "welding" }""", "cnc-machining|quality-inspection")]
    [InlineData("""{ eq: null }""", "quality-inspection")]
    [InlineData("""{ neq: null }""", "cnc-machining|industrial-automation")]
    [InlineData("""{ startsWith: "Five" }""", "cnc-machining")]
    [InlineData("""{ nstartsWith: "Five" }""", "industrial-automation|quality-inspection")]
    public async Task Gap_descriptions_without_a_value_fail_positive_and_pass_negative_operations(string operation, string expected)
    {
        var data = await app.CreateGraphQLClient().QueryAsync($$"""
            { skillsGaps(where: { description: {{operation}} }, first: 50) { totalCount nodes { skill { slug } } } }
            """);
        var slugs = data["skillsGaps"]!["nodes"]!.AsArray().Select(n => n!["skill"]!["slug"]!.GetValue<string>()).Order(StringComparer.Ordinal);

        Assert.Equal(expected.Split('|'), slugs);
        Assert.Equal(expected.Split('|').Length, data["skillsGaps"]!["totalCount"]!.GetValue<int>());
    }

    private async Task<string[]> EmployerNamesAsync(string where)
    {
        var data = await app.CreateGraphQLClient().QueryAsync($$"""
            { employers(where: {{where}}, order: [{ name: ASC }], first: 50) { totalCount nodes { name } } }
            """);
        var names = data["employers"]!["nodes"]!.AsArray().Select(n => n!["name"]!.GetValue<string>()).ToArray();
        Assert.Equal(names.Length, data["employers"]!["totalCount"]!.GetValue<int>());
        return names;
    }
}
