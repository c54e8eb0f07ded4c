using Microsoft.EntityFrameworkCore;
using Network.Server.Data;
using Network.Server.GraphQL.DataLoading;

namespace Network.Server.Feedback;

/// <summary>Pairings' feedback, by pairing: three queries for every pairing a request asks about.</summary>
public sealed class PairingFeedbackDataLoader(IDbContextFactory<NetworkDbContext> factory, DataLoaderDispatcher dispatcher)
    : BatchDataLoader<int, PairingFeedback>(dispatcher)
{
    protected override async Task<IReadOnlyDictionary<int, PairingFeedback>> FetchAsync(IReadOnlyList<int> keys, CancellationToken cancellationToken)
    {
        int[] pairings = [.. keys.Distinct()];
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var ratings = (await db.SessionRatings.AsNoTracking().Where(r => pairings.Contains(r.PairingId)).ToListAsync(cancellationToken)).ToLookup(r => r.PairingId);
        var confidence = (await db.ConfidenceRatings.AsNoTracking().Where(r => pairings.Contains(r.PairingId))
            .OrderBy(r => r.Stage).ThenBy(r => r.SkillId).ToListAsync(cancellationToken)).ToLookup(r => r.PairingId);
        var surveys = (await db.PairingSurveys.AsNoTracking().Where(s => pairings.Contains(s.PairingId)).ToListAsync(cancellationToken)).ToLookup(s => s.PairingId);
        return pairings.ToDictionary(id => id, id => new PairingFeedback([.. ratings[id]], [.. confidence[id]], [.. surveys[id]]));
    }
}
