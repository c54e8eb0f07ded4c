using Network.Server.Tests.Infrastructure;

namespace Network.Server.Tests.Ide;

/// <summary>The server as in Development, with the IDE turned on by its setting.</summary>
public sealed class IdeApp : NetworkApp
{
    public IdeApp()
    {
        EnvironmentName = "Development";
        Settings = new Dictionary<string, string?> { ["GraphQL:Ide"] = "true" };
    }
}
