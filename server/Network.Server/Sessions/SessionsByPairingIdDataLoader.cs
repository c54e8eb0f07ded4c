using Microsoft.EntityFrameworkCore;
using Network.Server.Data;
using Network.Server.GraphQL.DataLoading;

namespace Network.Server.Sessions;

/// <summary>A pairing's sessions, earliest first.</summary>
public sealed class SessionsByPairingIdDataLoader(IDbContextFactory<NetworkDbContext> factory, DataLoaderDispatcher dispatcher)
    : EntitiesByParentIdDataLoader<PairingSession>(factory, dispatcher, Query, s => s.PairingId)
{
    private static readonly Func<NetworkDbContext, int[], IAsyncEnumerable<PairingSession>> Query =
        EF.CompileAsyncQuery<NetworkDbContext, int[], PairingSession>((db, keys) => db.Set<PairingSession>().AsNoTracking()
            .Where(s => keys.Contains(s.PairingId))
            .OrderBy(s => s.StartsAt).ThenBy(s => s.Id));
}
