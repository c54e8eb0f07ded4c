using Network.Server.Tests.Infrastructure;

namespace Network.Server.Tests.Transport;

/// <summary>The server with a short <c>connection_init</c> timeout, so that a test can wait it out, and <see cref="WaitingFeature"/>.</summary>
public sealed class WebSocketApp : NetworkApp
{
    public static readonly TimeSpan InitTimeout = TimeSpan.FromSeconds(1);

    public WebSocketApp()
    {
        AddedFeatures = [Waiting];
        Settings = new Dictionary<string, string?>
        {
            ["GraphQL:WebSockets:ConnectionInitTimeout"] = InitTimeout.ToString("c", System.Globalization.CultureInfo.InvariantCulture),
        };
    }

    public WaitingFeature Waiting { get; } = new();
}
