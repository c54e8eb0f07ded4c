using Network.Server.Tests.Infrastructure;

namespace Network.Server.Tests.Protection;

/// <summary>The rate-limited server behind a proxy at 127.0.0.1, as configured with <c>ForwardedHeaders:KnownProxies</c>.</summary>
public sealed class TrustedProxyApp : NetworkApp
{
    public TrustedProxyApp() => Settings = new Dictionary<string, string?>
    {
        ["RateLimiting:Enabled"] = "true",
        ["RateLimiting:PermitsPerWindow"] = "3",
        ["RateLimiting:Window"] = "01:00:00",
        ["RateLimiting:Burst"] = $"{RateLimitedApp.Burst}",
        ["ForwardedHeaders:KnownProxies"] = "127.0.0.1",
    };
}
