using Network.Server.Tests.Infrastructure;

namespace Network.Server.Tests.Onboarding;

/// <summary>The server with imports of at most 3 rows and 1,024 bytes.</summary>
public sealed class SmallImportApp : NetworkApp
{
    public SmallImportApp() => Settings = new Dictionary<string, string?> { ["Import:MaxRows"] = "3", ["Import:MaxFileBytes"] = "1024" };
}
