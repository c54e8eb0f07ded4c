namespace Network.Client;

/// <summary>Where a query's result comes from: the server, the client's <see cref="EntityStore"/>, or both.</summary>
public enum ExecutionStrategy
{
    /// <summary>Always asks the server; the answer is stored, and watched results showing what changed are read again.</summary>
    NetworkOnly,

    /// <summary>Answers from the store when it holds everything the query selects, and asks the server only when it does not.</summary>
    CacheFirst,

    /// <summary>
    /// <c>Watch</c> shows what the store holds at once, then the server's answer; <c>ExecuteAsync</c>, which returns one
    /// result, asks the server.
    /// </summary>
    CacheAndNetwork,
}
