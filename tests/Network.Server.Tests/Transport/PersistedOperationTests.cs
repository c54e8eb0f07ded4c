using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Network.Server.Employers;
using Network.Server.GraphQL.Transport;
using Network.Server.GraphQL.Transport.PersistedOperations;

namespace Network.Server.Tests.Transport;

/// <summary>Persisted operations by <c>id</c> (StrawberryShake) and <c>documentId</c> (GraphQL over HTTP), over POST and GET.</summary>
public sealed class PersistedOperationTests(PersistedOperationsApp app) : IClassFixture<PersistedOperationsApp>
{
    private static readonly string SkillsId = PersistedOperationStore.IdOf(PersistedOperationsApp.Skills);
    private static readonly string GeocodeId = PersistedOperationStore.IdOf(PersistedOperationsApp.Geocode);
    private static readonly string RegisterId = PersistedOperationStore.IdOf(PersistedOperationsApp.Register);

    [Fact]
    public void The_store_holds_the_graphql_files_and_the_manifest_entries()
    {
        var store = app.Services.GetRequiredService<PersistedOperationStore>();

        Assert.Equal(3, store.Count);
        Assert.Equal(PersistedOperationsApp.Skills, store.Find(SkillsId));
        Assert.Equal(PersistedOperationsApp.Geocode, store.Find(GeocodeId));
    }

    [Theory]
    [InlineData("id", "")]
    [InlineData("documentId", "")]
    [InlineData("documentId", "sha256:")]
    public async Task Post_runs_the_operation_its_id_names(string parameter, string prefix)
    {
        var response = await app.PostAsync(new JsonObject
        {
            [parameter] = prefix + GeocodeId,
            ["variables"] = new JsonObject { ["postcode"] = "CV1 2JH" },
        });

        Assert.Equal(200, response.StatusCode);
        Assert.Equal("CV1", response.Data!["geocode"]!["outcode"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("id", "")]
    [InlineData("documentId", "")]
    [InlineData("documentId", "sha256:")]
    public async Task Get_runs_the_operation_its_id_names(string parameter, string prefix)
    {
        var response = await app.GetAsync((parameter, prefix + GeocodeId), ("variables", """{"postcode":"WV1 1AA"}"""));

        Assert.Equal(200, response.StatusCode);
        Assert.Equal("WV1", response.Data!["geocode"]!["outcode"]!.GetValue<string>());
    }

    [Fact]
    public async Task Operations_from_graphql_files_run_too()
    {
        var response = await app.GetAsync(("id", SkillsId));

        Assert.Equal(200, response.StatusCode);
        Assert.Equal(2, response.Data!["skills"]!["nodes"]!.AsArray().Count);
    }

    [Theory]
    [InlineData("id")]
    [InlineData("documentId")]
    public async Task An_unknown_id_is_400_over_post_and_get(string parameter)
    {
        var unknown = "sha256:" + PersistedOperationStore.IdOf("{ skills { totalCount } }");

        var posted = await app.PostAsync(new JsonObject { [parameter] = unknown });
        var got = await app.GetAsync((parameter, unknown));

        foreach (var response in new[] { posted, got })
        {
            Assert.Equal(400, response.StatusCode);
            Assert.Equal("PERSISTED_OPERATION_NOT_FOUND", response.FirstErrorCode);
            Assert.Null(response.Data);
        }
    }

    [Fact]
    public async Task A_query_sent_with_its_own_id_runs()
    {
        var response = await app.PostAsync(new JsonObject { ["query"] = PersistedOperationsApp.Skills, ["id"] = SkillsId });

        Assert.Equal(200, response.StatusCode);
        Assert.NotNull(response.Data!["skills"]);
    }

    [Fact]
    public async Task A_query_sent_with_another_operations_id_is_400()
    {
        var response = await app.PostAsync(new JsonObject { ["query"] = "{ skills { totalCount } }", ["documentId"] = "sha256:" + SkillsId });

        Assert.Equal(400, response.StatusCode);
        Assert.Equal("PERSISTED_OPERATION_MISMATCH", response.FirstErrorCode);
    }

    [Fact]
    public async Task An_id_and_a_documentId_naming_different_operations_are_400()
    {
        var response = await app.PostAsync(new JsonObject { ["id"] = SkillsId, ["documentId"] = GeocodeId });

        Assert.Equal(400, response.StatusCode);
        Assert.Equal("INVALID_REQUEST", response.FirstErrorCode);
    }

    [Fact]
    public async Task Get_refuses_a_persisted_mutation_with_405_and_writes_nothing()
    {
        var response = await app.GetAsync(("id", RegisterId));

        Assert.Equal(405, response.StatusCode);
        await using var db = app.CreateDbContext();
        Assert.DoesNotContain(db.Employers, e => e.Name == "Persisted Ltd");
    }

    [Fact]
    public async Task Post_runs_a_persisted_mutation()
    {
        var response = await app.PostAsync(new JsonObject { ["documentId"] = "sha256:" + RegisterId });

        Assert.Equal(200, response.StatusCode);
        Assert.Equal("Persisted Ltd", response.Data!["registerEmployer"]!["employer"]!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task Document_text_still_runs_when_persisted_operations_are_optional()
    {
        var data = await app.CreateGraphQLClient().QueryAsync("{ skills(first: 1) { totalCount } }");

        Assert.True(data["skills"]!["totalCount"]!.GetValue<int>() > 0);
    }

    [Fact]
    public async Task Persisted_operations_are_parsed_and_validated_once()
    {
        var cache = app.Services.GetRequiredService<DocumentCache>();

        await app.PostAsync(new JsonObject { ["id"] = SkillsId });
        var afterFirst = cache.Count;
        await app.GetAsync(("documentId", "sha256:" + SkillsId));
        await app.PostAsync(new JsonObject { ["query"] = PersistedOperationsApp.Skills });

        Assert.True(afterFirst >= 1);
        Assert.Equal(afterFirst, cache.Count);
    }
}
