using Microsoft.EntityFrameworkCore;
using Network.Server.Data;
using Network.Server.GraphQL.DataLoading;

namespace Network.Server.Pairings;

/// <summary>Each pairing's history, oldest first.</summary>
public sealed class PairingEventsByPairingIdDataLoader(IDbContextFactory<NetworkDbContext> factory, DataLoaderDispatcher dispatcher)
    : EntitiesByParentIdDataLoader<PairingEvent>(factory, dispatcher, Query, e => e.PairingId)
{
    private static readonly Func<NetworkDbContext, int[], IAsyncEnumerable<PairingEvent>> Query =
        EF.CompileAsyncQuery<NetworkDbContext, int[], PairingEvent>((db, keys) => db.Set<PairingEvent>().AsNoTracking()
            .Where(e => keys.Contains(e.PairingId))
            .OrderBy(e => e.Id));
}
