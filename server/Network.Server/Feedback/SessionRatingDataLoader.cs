using Microsoft.EntityFrameworkCore;
using Network.Server.Data;
using Network.Server.GraphQL.DataLoading;

namespace Network.Server.Feedback;

/// <summary>Mentors' ratings of sessions, by session and author.</summary>
public sealed class SessionRatingDataLoader(IDbContextFactory<NetworkDbContext> factory, DataLoaderDispatcher dispatcher)
    : BatchDataLoader<(int SessionId, int AuthorMentorId), SessionRating?>(dispatcher)
{
    protected override async Task<IReadOnlyDictionary<(int SessionId, int AuthorMentorId), SessionRating?>> FetchAsync(
        IReadOnlyList<(int SessionId, int AuthorMentorId)> keys, CancellationToken cancellationToken)
    {
        int[] sessions = [.. keys.Select(k => k.SessionId).Distinct()];
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var ratings = await db.SessionRatings.AsNoTracking().Where(r => sessions.Contains(r.SessionId)).ToListAsync(cancellationToken);
        return ratings.ToDictionary(r => (r.SessionId, r.AuthorMentorId), r => (SessionRating?)r);
    }
}
