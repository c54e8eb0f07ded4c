using Microsoft.EntityFrameworkCore;
using Network.Server.Data;
using Network.Server.GraphQL.DataLoading;

namespace Network.Server.Programmes;

/// <summary>The pairings made within each programme, most recently proposed first.</summary>
public sealed class PairingIdsByProgrammeIdDataLoader(IDbContextFactory<NetworkDbContext> factory, DataLoaderDispatcher dispatcher)
    : EntitiesByParentIdDataLoader<ProgrammePairing>(factory, dispatcher, Query, p => p.ProgrammeId)
{
    private static readonly Func<NetworkDbContext, int[], IAsyncEnumerable<ProgrammePairing>> Query =
        EF.CompileAsyncQuery<NetworkDbContext, int[], ProgrammePairing>((db, keys) => db.Set<ProgrammePairing>().AsNoTracking()
            .Where(p => keys.Contains(p.ProgrammeId))
            .OrderByDescending(p => p.PairingId));
}
