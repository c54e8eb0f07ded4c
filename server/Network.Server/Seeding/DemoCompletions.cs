using Network.Server.Pairings;
using Network.Server.Programmes;
using Network.Server.Sessions;
using static Network.Server.Seeding.DemoMoments;

namespace Network.Server.Seeding;

/// <summary>
/// Completes a few of the running demo programme's long-active pairings, as its coordinator would once a pair has
/// held at least the programme's minimum of sessions: a day or two after its last session held. Its sessions after
/// that are never scheduled, so there is nothing for the pairing's closing to cancel. The programme's two earliest
/// active pairings, the stalled and the behind (<see cref="DemoSessions"/>), are left as they are.
/// </summary>
internal static class DemoCompletions
{
    private const int Count = 3;

    /// <summary>Completes up to three pairings, removing their sessions after completion from <paramref name="sessions"/>; returns those completed.</summary>
    public static List<Pairing> Complete(Programme programme, IReadOnlyList<Pairing> pairings, List<PairingSession> sessions, DemoRandom random, DateTimeOffset now)
    {
        var held = sessions.Where(s => s.Status == SessionStatus.Held).ToLookup(s => s.PairingId);
        var candidates = pairings.Where(p => p.Status == PairingStatus.Active && p.ActivatedAt is not null)
            .OrderBy(p => p.ActivatedAt).ThenBy(p => p.Id)
            .Skip(2)
            .Where(p => held[p.Id].Count() >= programme.MinimumSessions)
            .ToArray();
        random.Shuffle(candidates);
        var completed = candidates.Take(Count).OrderBy(p => p.Id).ToList();
        foreach (var pairing in completed)
        {
            var at = Earlier(held[pairing.Id].Max(s => s.EndsAt).AddHours(random.Between(20, 48)), now.AddHours(-1));
            pairing.Complete(DemoActors.Coordinator, at);
            sessions.RemoveAll(s => s.PairingId == pairing.Id && s.StartsAt > at);
        }

        return completed;
    }
}
