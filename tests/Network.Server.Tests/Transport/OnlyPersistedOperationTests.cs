using System.Text.Json.Nodes;
using Network.Server.GraphQL.Transport.PersistedOperations;

namespace Network.Server.Tests.Transport;

/// <summary><c>PersistedOperations:OnlyPersisted</c>: requests must name a persisted operation.</summary>
public sealed class OnlyPersistedOperationTests(OnlyPersistedOperationsApp app) : IClassFixture<OnlyPersistedOperationsApp>
{
    private static readonly string SkillsId = PersistedOperationStore.IdOf(PersistedOperationsApp.Skills);

    [Fact]
    public async Task Document_text_is_refused_over_post_and_get()
    {
        var posted = await app.PostAsync(new JsonObject { ["query"] = "{ skills { totalCount } }" });
        var got = await app.GetAsync(("query", "{ skills { totalCount } }"));

        foreach (var response in new[] { posted, got })
        {
            Assert.Equal(400, response.StatusCode);
            Assert.Equal("PERSISTED_OPERATION_REQUIRED", response.FirstErrorCode);
            Assert.Null(response.Data);
        }
    }

    [Fact]
    public async Task Persisted_operations_run_by_id()
    {
        var posted = await app.PostAsync(new JsonObject { ["id"] = SkillsId });
        var got = await app.GetAsync(("documentId", "sha256:" + SkillsId));

        Assert.Equal(200, posted.StatusCode);
        Assert.Equal(200, got.StatusCode);
        Assert.Equal(2, got.Data!["skills"]!["nodes"]!.AsArray().Count);
    }

    [Fact]
    public async Task Document_text_with_its_matching_id_runs()
    {
        var response = await app.PostAsync(new JsonObject { ["query"] = PersistedOperationsApp.Skills, ["id"] = SkillsId });

        Assert.Equal(200, response.StatusCode);
    }
}
