using System.Text.Json;
using Network.Server.GraphQL.Transport.PersistedOperations;
using Network.Server.Tests.Infrastructure;

namespace Network.Server.Tests.Transport;

/// <summary>The server with a folder of persisted operations: one <c>&lt;sha256&gt;.graphql</c> file and one manifest.</summary>
public class PersistedOperationsApp : NetworkApp
{
    public const string Skills = "query Skills { skills(first: 2) { nodes { slug } } }";
    public const string Geocode = "query Geocode($postcode: String!) {\n  geocode(postcode: $postcode) { outcode }\n}\n";
    public const string Register = """mutation Register { registerEmployer(input: { name: "Persisted Ltd", sector: CONSTRUCTION, size: SMALL, postcode: "B1 1AA" }) { employer { name } } }""";

    public PersistedOperationsApp()
        : this(onlyPersisted: false)
    {
    }

    protected PersistedOperationsApp(bool onlyPersisted)
    {
        Directory.CreateDirectory(OperationsDirectory);
        File.WriteAllText(Path.Combine(OperationsDirectory, $"{PersistedOperationStore.IdOf(Skills)}.graphql"), Skills);
        File.WriteAllText(Path.Combine(OperationsDirectory, "operations.json"), JsonSerializer.Serialize(new Dictionary<string, string>
        {
            [PersistedOperationStore.IdOf(Geocode)] = Geocode,
            [PersistedOperationStore.IdOf(Register)] = Register,
        }));
        File.WriteAllText(Path.Combine(OperationsDirectory, "README.txt"), "Not an operation: ignored.");
        Settings = new Dictionary<string, string?>
        {
            ["PersistedOperations:Directory"] = OperationsDirectory,
            ["PersistedOperations:OnlyPersisted"] = onlyPersisted ? "true" : "false",
        };
    }

    public string OperationsDirectory { get; } = Path.Combine(Path.GetTempPath(), $"network-operations-{Guid.NewGuid():N}");

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Directory.Delete(OperationsDirectory, recursive: true);
        GC.SuppressFinalize(this);
    }
}
