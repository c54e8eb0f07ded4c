using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Network.Server.Data;
using Network.Server.Pairings;

namespace Network.Server.Sessions;

/// <summary>
/// Cancels the sessions still to come of a pairing that closes (declined, completed, ended, or left when a mentor
/// goes), in the same save as the change that closes it, whichever feature makes that change: a calendar then shows
/// them cancelled. A pause keeps them: the pairing is still open, only no new session is scheduled.
/// </summary>
internal sealed class ClosedPairingSessions(TimeProvider clock) : SaveChangesInterceptor
{
    public const string Reason = "The pairing closed.";

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is NetworkDbContext db && Closing(db) is { Length: > 0 } closing)
        {
            Cancel(await db.PairingSessions.Where(Upcoming(closing)).ToListAsync(cancellationToken));
        }

        return result;
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is NetworkDbContext db && Closing(db) is { Length: > 0 } closing)
        {
            Cancel([.. db.PairingSessions.Where(Upcoming(closing))]);
        }

        return result;
    }

    private static int[] Closing(NetworkDbContext db) =>
        [.. db.ChangeTracker.Entries<Pairing>()
            .Where(e => e.State == EntityState.Modified && e.Property(p => p.Status).IsModified && !Pairing.OpenStatuses.Contains(e.Entity.Status))
            .Select(e => e.Entity.Id)];

    private System.Linq.Expressions.Expression<Func<PairingSession, bool>> Upcoming(int[] pairingIds)
    {
        var now = clock.GetUtcNow();
        return s => pairingIds.Contains(s.PairingId) && s.Status == SessionStatus.Scheduled && s.EndsAt > now;
    }

    private void Cancel(List<PairingSession> sessions)
    {
        var now = clock.GetUtcNow();
        foreach (var session in sessions)
        {
            session.Status = SessionStatus.Cancelled;
            session.CancelledAt = now;
            session.CancellationReason = Reason;
            session.UpdatedAt = now;
        }
    }
}
