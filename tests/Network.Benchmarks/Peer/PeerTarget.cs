namespace Network.Benchmarks.Peer;

/// <summary>
/// A server under comparison: its name, the PostgreSQL role it connects as (which tells its statements and backends
/// apart), a client for it, the CPU time of its processes so far, and how it spells a logical query.
/// </summary>
internal sealed record PeerTarget(string Name, string Role, PeerClient Client, Func<double> CpuSeconds, Func<PeerQuery, PeerArguments, PeerRequest> Request);
