namespace Network.Benchmarks.Peer;

/// <summary>A GraphQL document and its variables, as one server's schema needs them.</summary>
internal sealed record PeerRequest(string Document, IReadOnlyDictionary<string, object> Variables);
