using Microsoft.EntityFrameworkCore;
using Network.Server.Data;
using Network.Server.GraphQL.DataLoading;

namespace Network.Server.Pairings;

public sealed class PairingByIdDataLoader(IDbContextFactory<NetworkDbContext> factory, DataLoaderDispatcher dispatcher)
    : EntityByIdDataLoader<Pairing>(factory, dispatcher, Query, p => p.Id)
{
    private static readonly Func<NetworkDbContext, int[], IAsyncEnumerable<Pairing>> Query =
        EF.CompileAsyncQuery((NetworkDbContext db, int[] keys) => db.Set<Pairing>().AsNoTracking().Where(p => keys.Contains(p.Id)));
}
