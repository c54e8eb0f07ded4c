namespace Network.Server.Tests.Observability;

/// <summary>The observed server with rate limits on: two requests, then none for an hour.</summary>
public sealed class RateLimitedObservedApp : ObservedApp
{
    public RateLimitedObservedApp() => Settings = new Dictionary<string, string?>
    {
        ["RateLimiting:Enabled"] = "true",
        ["RateLimiting:PermitsPerWindow"] = "1",
        ["RateLimiting:Window"] = "01:00:00",
        ["RateLimiting:Burst"] = "2",
    };
}
