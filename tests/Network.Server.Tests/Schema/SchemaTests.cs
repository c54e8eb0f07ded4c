using Network.Server.Tests.Infrastructure;

namespace Network.Server.Tests.Schema;

public sealed class SchemaTests(NetworkApp app) : IClassFixture<NetworkApp>
{
    [Fact]
    public async Task Served_schema_matches_the_committed_contract()
    {
        var served = await app.CreateClient().GetStringAsync("/graphql/schema.graphql");
        var committed = await File.ReadAllTextAsync(Path.Combine(RepositoryRoot(), "schema", "schema.graphql"));

        Assert.True(
            committed == served,
            "schema/schema.graphql differs from the schema the server serves. If the change is intended, run " +
            "`dotnet run --project server/Network.Server -- export-schema` and review the diff.");
    }

    [Fact]
    public async Task Schema_follows_HotChocolate_conventions()
    {
        var sdl = await app.CreateClient().GetStringAsync("/graphql/schema.graphql");

        Assert.Contains("interface Node {", sdl, StringComparison.Ordinal);
        Assert.Contains("node(id: ID!): Node", sdl, StringComparison.Ordinal);
        Assert.Contains("nodes(ids: [ID!]!): [Node]!", sdl, StringComparison.Ordinal);
        Assert.Contains("type EmployersConnection {", sdl, StringComparison.Ordinal);
        Assert.Contains("type SkillsGapsEdge {", sdl, StringComparison.Ordinal);
        Assert.Contains("enum SortEnumType {", sdl, StringComparison.Ordinal);
        Assert.Contains("input StringOperationFilterInput {", sdl, StringComparison.Ordinal);
        Assert.Contains("interface Error {", sdl, StringComparison.Ordinal);
        Assert.Contains("registerEmployer(input: RegisterEmployerInput!): RegisterEmployerPayload!", sdl, StringComparison.Ordinal);
        Assert.Contains("type GeoJSONPointType implements GeoJSONInterface {", sdl, StringComparison.Ordinal);
        Assert.Contains("scalar DateTime @specifiedBy(url: \"https://www.graphql-scalars.com/date-time\")", sdl, StringComparison.Ordinal);
        Assert.Contains("input PlaceInput @oneOf {", sdl, StringComparison.Ordinal);
        Assert.Contains("input PairingPoolInput @oneOf {", sdl, StringComparison.Ordinal);
        Assert.Contains("input ListSectorOperationFilterInput {", sdl, StringComparison.Ordinal);
        Assert.Contains("input ListFilterInputTypeOfSkillsGapFilterInput {", sdl, StringComparison.Ordinal);
        Assert.Contains("input StringOperationFilterInput {\n  and: [StringOperationFilterInput!]", sdl, StringComparison.Ordinal);
        Assert.Contains("input IntOperationFilterInput {\n  eq: Int\n", sdl, StringComparison.Ordinal);
        Assert.DoesNotContain("and: [SectorOperationFilterInput!]", sdl, StringComparison.Ordinal);
    }

    internal static string RepositoryRoot() =>
        Network.Server.Hosting.RepositoryRoot.Find(AppContext.BaseDirectory) ?? throw new InvalidOperationException("The repository root (Network.sln) was not found.");
}
