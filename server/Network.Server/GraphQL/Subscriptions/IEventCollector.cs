using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Network.Server.GraphQL.Subscriptions;

/// <summary>
/// A feature's part in publishing: before a save, it reads the changes it cares about from the change tracker and
/// adds a factory for each event, which runs once the save has given new rows their IDs.
/// </summary>
public interface IEventCollector
{
    void Collect(ChangeTracker changes, ICollection<Func<NetworkEvent>> events);
}
