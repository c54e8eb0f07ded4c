namespace Network.Client;

/// <summary>How a client sends its operations.</summary>
public sealed class ClientOptions
{
    /// <summary>
    /// Send each operation's hash alone (<c>documentId: "sha256:…"</c>) instead of its text: the server
    /// must hold the client's persisted-operation manifest. False by default.
    /// </summary>
    public bool PersistedOperations { get; set; }

    /// <summary>How subscriptions connect and reconnect over WebSockets.</summary>
    public SubscriptionOptions Subscriptions { get; } = new();

    /// <summary>Where queries' results come from unless an operation or a call says otherwise; <see cref="ExecutionStrategy.NetworkOnly"/> by default.</summary>
    public ExecutionStrategy DefaultStrategy { get; set; } = ExecutionStrategy.NetworkOnly;

    /// <summary>Strategies of single operations, by operation name, over <see cref="DefaultStrategy"/>.</summary>
    public IDictionary<string, ExecutionStrategy> Strategies { get; } = new Dictionary<string, ExecutionStrategy>(StringComparer.Ordinal);

    /// <summary>The strategy of the operation <paramref name="operationName"/> when the call gives none.</summary>
    public ExecutionStrategy StrategyFor(string operationName) => Strategies.TryGetValue(operationName, out var strategy) ? strategy : DefaultStrategy;
}
