using Network.Server.Skills;

namespace Network.Benchmarks.Peer;

/// <summary>What a request of a <see cref="PeerQuery"/> varies over: a sector, and for some queries a local authority's ONS code.</summary>
internal sealed record PeerArguments(Sector Sector, string? Authority)
{
    public override string ToString() => Authority is null ? Sector.ToString() : $"{Sector} in {Authority}";
}
