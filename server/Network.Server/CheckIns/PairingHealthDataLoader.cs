using Microsoft.EntityFrameworkCore;
using Network.Server.Data;
using Network.Server.GraphQL.DataLoading;
using Network.Server.Programmes;

namespace Network.Server.CheckIns;

/// <summary>The health of programme pairings, by pairing ID; none for a pairing outside programmes or no longer open.</summary>
public sealed class PairingHealthDataLoader(IDbContextFactory<NetworkDbContext> factory, DataLoaderDispatcher dispatcher, TimeProvider clock)
    : BatchDataLoader<int, PairingHealth?>(dispatcher)
{
    protected override async Task<IReadOnlyDictionary<int, PairingHealth?>> FetchAsync(IReadOnlyList<int> keys, CancellationToken cancellationToken)
    {
        int[] ids = [.. keys];
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var health = await PairingHealthReader.ReadAsync(db, db.ProgrammePairings.Where(l => ids.Contains(l.PairingId)), clock.GetUtcNow(), cancellationToken);
        return health.ToDictionary(h => h.PairingId, h => (PairingHealth?)h);
    }
}
