using Microsoft.EntityFrameworkCore;
using Network.Server.Data;
using Network.Server.GraphQL.DataLoading;

namespace Network.Server.Programmes;

/// <summary>The programme link of each pairing made within a programme, by pairing ID.</summary>
public sealed class ProgrammePairingByPairingIdDataLoader(IDbContextFactory<NetworkDbContext> factory, DataLoaderDispatcher dispatcher)
    : EntityByIdDataLoader<ProgrammePairing>(factory, dispatcher, Query, p => p.PairingId)
{
    private static readonly Func<NetworkDbContext, int[], IAsyncEnumerable<ProgrammePairing>> Query =
        EF.CompileAsyncQuery((NetworkDbContext db, int[] keys) => db.Set<ProgrammePairing>().AsNoTracking().Where(p => keys.Contains(p.PairingId)));
}
