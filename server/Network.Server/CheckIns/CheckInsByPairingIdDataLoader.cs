using Microsoft.EntityFrameworkCore;
using Network.Server.Data;
using Network.Server.GraphQL.DataLoading;

namespace Network.Server.CheckIns;

/// <summary>A pairing's check-ins, most recent first.</summary>
public sealed class CheckInsByPairingIdDataLoader(IDbContextFactory<NetworkDbContext> factory, DataLoaderDispatcher dispatcher)
    : EntitiesByParentIdDataLoader<CheckIn>(factory, dispatcher, Query, c => c.PairingId)
{
    private static readonly Func<NetworkDbContext, int[], IAsyncEnumerable<CheckIn>> Query =
        EF.CompileAsyncQuery<NetworkDbContext, int[], CheckIn>((db, keys) => db.Set<CheckIn>().AsNoTracking()
            .Where(c => keys.Contains(c.PairingId))
            .OrderByDescending(c => c.RecordedAt).ThenByDescending(c => c.Id));
}
