using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Network.Server.Data;

/// <summary>
/// Answers that replace an earlier one read their row, add it when missing, and save. Two first answers at once both find no row,
/// and the second to save breaks the row's unique key; run again, it finds the first one's row and replaces it, as answering
/// again does.
/// </summary>
public static class ConcurrentUpserts
{
    public static bool IsUniqueViolation(this DbUpdateException exception) =>
        exception.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation };

    /// <summary>Runs <paramref name="attempt"/>, and once more on a fresh change tracker if a concurrent request added the same row first.</summary>
    public static async Task<T> UpsertAsync<T>(this NetworkDbContext db, Func<Task<T>> attempt)
    {
        try
        {
            return await attempt();
        }
        catch (DbUpdateException exception) when (exception.IsUniqueViolation())
        {
            db.ChangeTracker.Clear();
            return await attempt();
        }
    }
}
