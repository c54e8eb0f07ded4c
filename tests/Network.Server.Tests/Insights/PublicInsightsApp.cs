using Network.Server.Tests.Infrastructure;

namespace Network.Server.Tests.Insights;

/// <summary>The server of a network that publishes its regional figures to everyone (<c>Insights:Public</c>).</summary>
public sealed class PublicInsightsApp : NetworkApp
{
    public PublicInsightsApp() => Settings = new Dictionary<string, string?> { ["Insights:Public"] = "true" };
}
