using Network.Client.Generator;
using Network.Client.Tool.Compatibility;
using Network.Client.Tool.Introspection;
using Network.Server.Tests.Infrastructure;
using Network.Server.Tests.Schema;

namespace Network.Server.Tests.ClientSdk.Tool;

/// <summary>The schema downloaded from the running server by introspection, as <c>network-client</c> downloads it.</summary>
public sealed class SchemaDownloadTests(NetworkApp app) : IClassFixture<NetworkApp>
{
    [Fact]
    public async Task The_downloaded_schema_is_the_committed_contract_as_far_as_introspection_shows_it()
    {
        using var http = new HttpClient();
        var downloaded = await new IntrospectionClient(http).DownloadSdlAsync(SdkClients.ServerAddress(app), token: null, CancellationToken.None);
        var committed = await File.ReadAllTextAsync(Path.Combine(SchemaTests.RepositoryRoot(), "schema", "schema.graphql"));

        // GraphQL.NET's introspection lists only directives that operations may use; these three annotate the schema.
        Assert.Equal(
            ["Directive 'cost' was removed (breaking)", "Directive 'listSize' was removed (breaking)", "Directive 'specifiedBy' was removed (breaking)"],
            SchemaComparer.Compare(committed, downloaded).Select(c => c.ToString()));
        Assert.Contains("input PlaceInput @oneOf {", downloaded, StringComparison.Ordinal);
        Assert.Contains("\"The West Midlands Skills Network: skills gaps, volunteer mentors and cross-company pairings.\"\nschema {", downloaded, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_generator_checks_and_generates_operations_against_the_downloaded_schema()
    {
        using var http = new HttpClient();
        var downloaded = await new IntrospectionClient(http).DownloadSdlAsync(SdkClients.ServerAddress(app), token: null, CancellationToken.None);
        var sources = new OperationSources([new SourceFile("Gaps.graphql", """
            query GapsNear($near: NearInput!) {
              skillsGaps(near: $near, first: 5) { totalCount nodes { severity skill { slug } } }
            }
            subscription Changed($mentorId: ID!) { pairingChanged(mentorId: $mentorId) { change { type } } }
            """)]);

        var document = OperationValidator.ParseAndValidate(downloaded, sources);
        var code = new CSharpGenerator(SchemaModel.Parse(downloaded), document, new GeneratorOptions("Team", "TeamClient", SharedTypesNamespace: null)).Generate();

        Assert.Equal(["Changed", "GapsNear"], code.Documents.Select(d => d.Name));
        Assert.Contains("public enum Sector", code.Code, StringComparison.Ordinal);
        Assert.Contains("public sealed partial record NearInput", code.Code, StringComparison.Ordinal);
    }
}
