using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Network.Server.GraphQL.Subscriptions;

namespace Network.Server.Concerns;

/// <summary>Publishes each concern raised, with its programme as the filter key; nothing of its content leaves the database.</summary>
internal sealed class ConcernEvents : IEventCollector
{
    public const string Topic = "concern";

    public void Collect(ChangeTracker changes, ICollection<EventFactory> events)
    {
        foreach (var concern in changes.Entries<ConcernReport>().Where(e => e.State == EntityState.Added).Select(e => e.Entity))
        {
            events.Add((_, _) => ValueTask.FromResult(new NetworkEvent(Topic, concern.Id, "RAISED", new Dictionary<string, string> { ["g"] = NetworkEvent.Join([concern.ProgrammeId]) })));
        }
    }
}
