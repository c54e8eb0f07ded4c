using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Network.Server.GraphQL.Subscriptions;

namespace Network.Server.Pairings;

/// <summary>
/// Publishes every change written to a pairing's history (<see cref="PairingEvent"/>), with the two mentors and their
/// employers as filter keys so that subscriptions drop other callers' pairings before reading anything.
/// </summary>
internal sealed class PairingEvents : IEventCollector
{
    public const string Topic = "pairing";

    public void Collect(ChangeTracker changes, ICollection<EventFactory> events)
    {
        var added = changes.Entries<PairingEvent>().Where(e => e.State == EntityState.Added).Select(e => e.Entity).ToList();
        if (added.Count == 0)
        {
            return;
        }

        var owners = changes.Entries<Pairing>().Select(e => e.Entity).ToList();
        foreach (var change in added)
        {
            var pairing = owners.Find(p => p.Events.Contains(change));
            events.Add((_, _) => ValueTask.FromResult(Event(change, pairing)));
        }
    }

    private static NetworkEvent Event(PairingEvent change, Pairing? pairing) => new(
        Topic,
        change.Id,
        change.Type.ToString(),
        pairing is null
            ? new Dictionary<string, string> { ["p"] = NetworkEvent.Join([change.PairingId]) }
            : new Dictionary<string, string>
            {
                ["p"] = NetworkEvent.Join([pairing.Id]),
                ["m"] = NetworkEvent.Join([pairing.MentorAId, pairing.MentorBId]),
                ["e"] = NetworkEvent.Join([pairing.EmployerAId, pairing.EmployerBId]),
            });
}
