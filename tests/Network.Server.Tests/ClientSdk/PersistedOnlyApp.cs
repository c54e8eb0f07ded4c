using Network.Server.Tests.Infrastructure;

namespace Network.Server.Tests.ClientSdk;

/// <summary>A server that runs only persisted operations: those of the SDK's generated manifest, copied to a folder of its own.</summary>
public sealed class PersistedOnlyApp : NetworkApp
{
    public PersistedOnlyApp()
    {
        Directory.CreateDirectory(ManifestFolder);
        File.Copy(Path.Combine(AppContext.BaseDirectory, "NetworkClient.operations.json"), Path.Combine(ManifestFolder, "NetworkClient.operations.json"), overwrite: true);
        Settings = new Dictionary<string, string?>
        {
            ["PersistedOperations:Directory"] = ManifestFolder,
            ["PersistedOperations:OnlyPersisted"] = "true",
        };
    }

    public static string ManifestFolder { get; } = Path.Combine(Path.GetTempPath(), $"network-client-manifest-{Environment.ProcessId}");
}
