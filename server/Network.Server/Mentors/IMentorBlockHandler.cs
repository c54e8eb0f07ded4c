using Network.Server.Data;
using Network.Server.GraphQL.Mutations;

namespace Network.Server.Mentors;

/// <summary>
/// A feature's part in one mentor blocking another: what the feature holds between the two that must
/// close, in the transaction that records the block.
/// </summary>
public interface IMentorBlockHandler
{
    /// <summary>
    /// Locks the rows the block will change and returns the change, to apply when the block is recorded.
    /// The block holds <see cref="MentorBlockLock"/> already, and locks nothing of the mentors' own.
    /// </summary>
    Task<Action<MutationContext, DateTimeOffset>> LockAsync(NetworkDbContext db, int mentorId, int blockedMentorId, CancellationToken cancellationToken);
}
