namespace Network.Benchmarks.Peer;

/// <summary>
/// Before anything is measured: every argument of a query sent to both servers, each answer brought to the comparable
/// form, and the two compared value by value and in order. The comparison must also have something to compare.
/// </summary>
internal static class PeerCheck
{
    private const int ShownDifferences = 3;

    /// <summary>True when both servers gave the same data for every argument; otherwise prints the first differences.</summary>
    public static async Task<bool> SameDataAsync(PeerQuery query, PeerTarget ours, PeerTarget peer)
    {
        var differences = 0;
        var rows = 0;
        foreach (var arguments in query.Arguments)
        {
            var (ourData, ourError) = await ours.Client.SendAsync(ours.Request(query, arguments));
            var (peerData, peerError) = await peer.Client.SendAsync(peer.Request(query, arguments));
            if (ourError is not null || peerError is not null)
            {
                Console.WriteLine($"  {query.Name} ({arguments}): failed: {ours.Name}: {ourError ?? "ok"}; {peer.Name}: {peerError ?? "ok"}");
                return false;
            }

            var ourForm = query.NormaliseOurs(ourData);
            var peerForm = query.NormalisePeer(peerData);
            rows += ourForm.Length > 2 ? 1 : 0;
            if (ourForm != peerForm && ++differences <= ShownDifferences)
            {
                Console.WriteLine($"  {query.Name} ({arguments}) differs:\n    {ours.Name}: {Truncate(ourForm)}\n    {peer.Name}: {Truncate(peerForm)}");
            }
        }

        Console.WriteLine($"Same data, {query.Name}: {query.Arguments.Count - differences} of {query.Arguments.Count} arguments alike, {rows} with rows");
        return differences == 0 && rows > 0;
    }

    private static string Truncate(string text) => text.Length > 400 ? text[..400] + "…" : text;
}
