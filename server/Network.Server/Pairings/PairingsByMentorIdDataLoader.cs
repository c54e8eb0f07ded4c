using Microsoft.EntityFrameworkCore;
using Network.Server.Data;
using Network.Server.GraphQL.DataLoading;

namespace Network.Server.Pairings;

/// <summary>Each mentor's pairings, on either side, most recently proposed first.</summary>
public sealed class PairingsByMentorIdDataLoader(IDbContextFactory<NetworkDbContext> factory, DataLoaderDispatcher dispatcher)
    : GroupedDataLoader<int, Pairing>(dispatcher)
{
    private static readonly Func<NetworkDbContext, int[], IAsyncEnumerable<Pairing>> Query =
        EF.CompileAsyncQuery<NetworkDbContext, int[], Pairing>((db, keys) => db.Set<Pairing>().AsNoTracking()
            .Where(p => keys.Contains(p.MentorAId) || keys.Contains(p.MentorBId))
            .OrderByDescending(p => p.ProposedAt).ThenByDescending(p => p.Id));

    protected override async Task<IEnumerable<IGrouping<int, Pairing>>> FetchGroupsAsync(IReadOnlyList<int> keys, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var wanted = keys.ToHashSet();
        var pairs = new List<(int MentorId, Pairing Pairing)>();
        await foreach (var pairing in Query(db, [.. keys]).WithCancellation(cancellationToken))
        {
            foreach (var mentorId in new[] { pairing.MentorAId, pairing.MentorBId }.Where(wanted.Contains))
            {
                pairs.Add((mentorId, pairing));
            }
        }

        return pairs.GroupBy(p => p.MentorId, p => p.Pairing);
    }
}
