using System.Text.Json;
using Network.Client;
using Network.Server.Tests.Infrastructure;

namespace Network.Server.Tests.ClientSdk;

/// <summary>The manifest the generator writes, loaded by a server that accepts nothing else, and the client sending hashes alone.</summary>
public sealed class PersistedOperationTests(PersistedOnlyApp app) : IClassFixture<PersistedOnlyApp>
{
    [Fact]
    public void The_manifest_holds_every_operation_of_the_client_under_its_hash()
    {
        var manifest = JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "NetworkClient.operations.json")))!;

        Assert.Equal(NetworkClient.Documents.Count, manifest.Count);
        Assert.All(NetworkClient.Documents, d =>
        {
            Assert.Equal(d.Text, manifest[d.Hash]);
            Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(d.Text))), d.Hash);
        });
    }

    [Fact]
    public async Task A_client_sending_hashes_alone_is_served_and_one_sending_documents_is_refused()
    {
        var persisted = SdkClients.Create(app, TestCallers.Anonymous, persisted: true);
        var plain = SdkClients.Create(app, TestCallers.Anonymous);

        var served = await persisted.Skills.ExecuteAsync(first: 5);
        var refused = await plain.Skills.ExecuteAsync(first: 5);

        Assert.Equal(5, served.EnsureNoErrors().Skills.Nodes!.Count);
        var error = Assert.Single(refused.Errors);
        Assert.Equal((ClientErrorKind.GraphQL, "PERSISTED_OPERATION_REQUIRED"), (error.Kind, error.Code));
    }
}
