using Network.Server.Tests.Infrastructure;

namespace Network.Server.Tests.Subscriptions;

/// <summary>The server with small subscription limits and a short keep-alive, so that a test can reach them.</summary>
public sealed class SubscriptionApp : NetworkApp
{
    public const int MaxPerConnection = 3;
    public const int MaxPerCaller = 4;
    public const int MaxQueued = 4;

    /// <summary>The keep-alive interval of the legacy <c>graphql-ws</c> subprotocol and of server-sent events, short enough to see.</summary>
    public static readonly TimeSpan KeepAliveInterval = TimeSpan.FromMilliseconds(300);

    public SubscriptionApp() => Settings = new Dictionary<string, string?>
    {
        ["GraphQL:Subscriptions:MaxPerConnection"] = $"{MaxPerConnection}",
        ["GraphQL:Subscriptions:MaxPerCaller"] = $"{MaxPerCaller}",
        ["GraphQL:Subscriptions:MaxQueued"] = $"{MaxQueued}",
        ["GraphQL:Budgets:MaxDepth"] = "10",
        ["GraphQL:WebSockets:KeepAliveInterval"] = $"{KeepAliveInterval}",
        ["GraphQL:ServerSentEvents:KeepAliveInterval"] = $"{KeepAliveInterval}",
    };
}
