namespace Network.Server.GraphQL.Subscriptions;

/// <summary>Real-time settings (configuration section <c>GraphQL:Subscriptions</c>).</summary>
public sealed record SubscriptionOptions
{
    public const string Section = "GraphQL:Subscriptions";

    /// <summary>The PostgreSQL channel every instance publishes on and listens to.</summary>
    public string Channel { get; init; } = "network_events";

    /// <summary>Live subscriptions one connection may hold.</summary>
    public int MaxPerConnection { get; init; } = 25;

    /// <summary>Live subscriptions one caller (a token's subject, or an address) may hold on one instance, over all their connections.</summary>
    public int MaxPerCaller { get; init; } = 50;

    /// <summary>
    /// Events and messages a subscriber may have waiting before it counts as too slow: its connection is then closed
    /// (its subscription ended), rather than the server holding ever more for it.
    /// </summary>
    public int MaxQueued { get; init; } = 256;

    /// <summary>How long the listener waits before connecting again after losing its database connection.</summary>
    public TimeSpan ReconnectDelay { get; init; } = TimeSpan.FromSeconds(1);
}
