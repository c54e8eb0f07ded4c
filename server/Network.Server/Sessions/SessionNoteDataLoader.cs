using Microsoft.EntityFrameworkCore;
using Network.Server.Data;
using Network.Server.GraphQL.DataLoading;

namespace Network.Server.Sessions;

/// <summary>Mentors' notes on sessions, by session and author.</summary>
public sealed class SessionNoteDataLoader(IDbContextFactory<NetworkDbContext> factory, DataLoaderDispatcher dispatcher)
    : BatchDataLoader<(int SessionId, int AuthorMentorId), SessionNote?>(dispatcher)
{
    protected override async Task<IReadOnlyDictionary<(int SessionId, int AuthorMentorId), SessionNote?>> FetchAsync(
        IReadOnlyList<(int SessionId, int AuthorMentorId)> keys, CancellationToken cancellationToken)
    {
        int[] sessions = [.. keys.Select(k => k.SessionId).Distinct()];
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var notes = await db.SessionNotes.AsNoTracking().Where(n => sessions.Contains(n.SessionId)).ToListAsync(cancellationToken);
        return notes.ToDictionary(n => (n.SessionId, n.AuthorMentorId), n => (SessionNote?)n);
    }
}
