using Network.Server.Tests.Infrastructure;

namespace Network.Server.Tests.Ide;

/// <summary>The server in Development with the IDE turned off (<c>GraphQL:Ide=false</c>).</summary>
public sealed class IdeOffInDevelopmentApp : NetworkApp
{
    public IdeOffInDevelopmentApp()
    {
        EnvironmentName = "Development";
        Settings = new Dictionary<string, string?> { ["GraphQL:Ide"] = "false" };
    }
}
