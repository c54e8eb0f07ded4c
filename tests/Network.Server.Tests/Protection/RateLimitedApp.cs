using Network.Server.Tests.Infrastructure;

namespace Network.Server.Tests.Protection;

/// <summary>The server with rate limits on: three requests, then one more every twenty minutes.</summary>
public sealed class RateLimitedApp : NetworkApp
{
    public const int Burst = 3;

    public RateLimitedApp() => Settings = new Dictionary<string, string?>
    {
        ["RateLimiting:Enabled"] = "true",
        ["RateLimiting:PermitsPerWindow"] = "3",
        ["RateLimiting:Window"] = "01:00:00",
        ["RateLimiting:Burst"] = $"{Burst}",
    };
}
