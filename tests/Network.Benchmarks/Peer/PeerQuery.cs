using System.Text.Json;

namespace Network.Benchmarks.Peer;

/// <summary>
/// One logical query written twice, in each server's own schema, as a partner or front end would write it: the document
/// and variables for our server and for PostGraphile, the arguments it is asked with, and how each answer is brought to
/// one comparable form (IDs as keys, enums as the numbers stored, values in order).
/// </summary>
internal sealed record PeerQuery(
    string Name,
    string Ours,
    string Peer,
    IReadOnlyList<PeerArguments> Arguments,
    Func<PeerArguments, IReadOnlyDictionary<string, object>> OurVariables,
    Func<PeerArguments, IReadOnlyDictionary<string, object>> PeerVariables,
    Func<JsonElement, string> NormaliseOurs,
    Func<JsonElement, string> NormalisePeer)
{
    public PeerRequest OurRequest(PeerArguments arguments) => new(Ours, OurVariables(arguments));

    public PeerRequest PeerRequest(PeerArguments arguments) => new(Peer, PeerVariables(arguments));
}
