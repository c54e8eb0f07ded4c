using Network.Server.SkillsGaps;
using Network.Server.Tests.Infrastructure;
using Network.Server.Tests.Schema;
using ServerSector = Network.Server.Skills.Sector;

namespace Network.Server.Tests.ClientSdk;

/// <summary>
/// The SDK's types in a consumer's project built on the packed SDK and run against the server: GeoJSON as typed positions,
/// a scalar read and written by the project's own serializer, an optional input field cleared with null or left alone,
/// and a client generated from an older schema reading an enum value it does not know.
/// </summary>
[Collection(PackedSdk.Collection)]
public sealed class SdkTypeConsumerTests(PackedSdk sdk, NetworkApp app) : IClassFixture<NetworkApp>
{
    [Fact]
    public async Task A_consumer_reads_and_writes_positions_its_own_scalar_type_and_optional_fields()
    {
        var data = new TestData(app);
        var employer = await data.EmployerAsync("Consumer Places Works", ServerSector.IctDigital, "CV1 2JH");
        var gap = await data.GapAsync(employer, "cybersecurity", description: "Weekend cover", dayOffset: 100);
        var settings = """
            <ItemGroup>
              <GraphQLScalar Include="DateTime" RuntimeType="Team.Places.UtcTime" Serializer="Team.Places.UtcTimeSerializer" />
            </ItemGroup>
            """;
        var project = sdk.CreateProject("Team.Places", SdkTypeConsumerPrograms.Places, settings, ("Operations/Places.graphql", SdkTypeConsumerPrograms.PlacesOperations));

        var output = await BuildAndRunAsync(project, TestData.Id("SkillsGap", gap.Id));

        Assert.Equal(
            [
                "employer Consumer Places Works -1.506 52.40939",
                "gap UtcTime 2026-12-10T09:00:00.000Z closed null",
                "serializer read 1 wrote 1",
                "kept Weekend cover 4",
                "cleared null 4",
            ],
            output);
    }

    [Fact]
    public async Task A_client_generated_from_an_older_schema_reads_a_newer_enum_value_as_unknown()
    {
        var data = new TestData(app);
        var employer = await data.EmployerAsync("Older Schema Works", ServerSector.Construction, "WV1 1AA");
        await data.GapAsync(employer, "cybersecurity", SkillsGapSeverity.Critical, vacancies: 3);
        await data.GapAsync(employer, "cloud-computing", SkillsGapSeverity.High, vacancies: 1);
        var schema = await File.ReadAllTextAsync(Path.Combine(SchemaTests.RepositoryRoot(), "schema", "schema.graphql"));
        var older = schema.Replace("enum SkillsGapSeverity {\n  CRITICAL\n", "enum SkillsGapSeverity {\n", StringComparison.Ordinal);
        Assert.NotEqual(schema, older);
        var settings = """
            <PropertyGroup>
              <GraphQLSchema>schema/older.graphql</GraphQLSchema>
              <GraphQLSharedTypes>none</GraphQLSharedTypes>
              <EnableDefaultGraphQLItems>false</EnableDefaultGraphQLItems>
            </PropertyGroup>
            <ItemGroup>
              <GraphQL Include="Operations/*.graphql" />
            </ItemGroup>
            """;
        var project = sdk.CreateProject(
            "Team.Older", SdkTypeConsumerPrograms.Older, settings, ("schema/older.graphql", older), ("Operations/Gaps.graphql", SdkTypeConsumerPrograms.OlderOperations));

        var output = await BuildAndRunAsync(project);

        Assert.Equal(["cloud-computing High 1", "cybersecurity _Unknown 3", "severities High,Low,Medium,_Unknown"], output);
    }

    /// <summary>Builds the project once and runs it with the server's address, an administrator's token and <paramref name="arguments"/>; its lines.</summary>
    private async Task<string[]> BuildAndRunAsync(string project, params string[] arguments)
    {
        var build = await PackedSdk.RunAsync(project, "build", "--nologo", "--disable-build-servers", "-v", "minimal");
        Assert.True(build.ExitCode == 0, build.Output);
        var run = await PackedSdk.RunAsync(project, ["run", "--no-build", "--", SdkClients.ServerAddress(app).ToString(), app.CreateToken(TestCallers.Admin), .. arguments]);
        Assert.True(run.ExitCode == 0, run.Output);
        return run.Output.Trim().Split('\n');
    }
}
