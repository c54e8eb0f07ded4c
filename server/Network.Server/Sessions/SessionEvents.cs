using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Network.Server.GraphQL.Subscriptions;

namespace Network.Server.Sessions;

/// <summary>What happened to a session, as <c>sessionChanged</c> reports it.</summary>
public enum SessionChange
{
    Scheduled,
    Rescheduled,
    Cancelled,
    Reported,
    Updated,
}

/// <summary>Publishes each session scheduled or changed, with its pairing and two mentors as filter keys.</summary>
internal sealed class SessionEvents : IEventCollector
{
    public const string Topic = "session";

    public void Collect(ChangeTracker changes, ICollection<EventFactory> events)
    {
        foreach (var entry in changes.Entries<PairingSession>().Where(e => e.State is EntityState.Added or EntityState.Modified))
        {
            var change = Change(entry);
            var session = entry.Entity;
            events.Add((_, _) => ValueTask.FromResult(new NetworkEvent(Topic, session.Id, change.ToString(), new Dictionary<string, string>
            {
                ["p"] = NetworkEvent.Join([session.PairingId]),
                ["m"] = NetworkEvent.Join([session.MentorAId, session.MentorBId]),
            })));
        }
    }

    private static SessionChange Change(EntityEntry<PairingSession> entry)
    {
        if (entry.State == EntityState.Added)
        {
            return SessionChange.Scheduled;
        }

        var status = entry.Property(s => s.Status);
        return status.IsModified && status.OriginalValue != status.CurrentValue
            ? status.CurrentValue switch
            {
                SessionStatus.Cancelled => SessionChange.Cancelled,
                SessionStatus.Scheduled => SessionChange.Updated,
                _ => SessionChange.Reported,
            }
            : entry.Property(s => s.StartsAt).IsModified ? SessionChange.Rescheduled : SessionChange.Updated;
    }
}
