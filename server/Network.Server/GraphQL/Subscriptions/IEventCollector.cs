using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Network.Server.GraphQL.Subscriptions;

/// <summary>
/// A feature's part in publishing: before a save, it reads the changes it cares about from the change tracker and
/// adds a factory for each event, which runs once the save has given new rows their IDs (and may read what the
/// event's filter keys need, on the save's own context).
/// </summary>
public interface IEventCollector
{
    void Collect(ChangeTracker changes, ICollection<EventFactory> events);
}

/// <summary>Makes an event once its save has succeeded.</summary>
public delegate ValueTask<NetworkEvent> EventFactory(DbContext db, CancellationToken cancellationToken);
