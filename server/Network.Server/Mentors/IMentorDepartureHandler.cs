using Network.Server.Data;
using Network.Server.GraphQL.Mutations;

namespace Network.Server.Mentors;

/// <summary>
/// A feature's part in a mentor's departure (withdrawal, or erasure of their data): what the feature holds
/// of the mentor's that must close when they leave, in the transaction that withdraws them.
/// </summary>
public interface IMentorDepartureHandler
{
    /// <summary>
    /// Locks the rows the departure will change and returns the change, to apply once the mentor's row is
    /// locked too. The feature's rows are locked first because its own changes lock them before mentors'
    /// (a pairing's acceptance locks the pairing, then its mentors), so the two cannot deadlock.
    /// </summary>
    Task<Action<MutationContext, DateTimeOffset>> LockAsync(NetworkDbContext db, int mentorId, CancellationToken cancellationToken);
}
