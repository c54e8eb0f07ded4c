using Microsoft.EntityFrameworkCore;
using Network.Server.Data;
using Network.Server.GraphQL.DataLoading;

namespace Network.Server.Sessions;

public sealed class SessionByIdDataLoader(IDbContextFactory<NetworkDbContext> factory, DataLoaderDispatcher dispatcher)
    : EntityByIdDataLoader<PairingSession>(factory, dispatcher, Query, s => s.Id)
{
    private static readonly Func<NetworkDbContext, int[], IAsyncEnumerable<PairingSession>> Query =
        EF.CompileAsyncQuery((NetworkDbContext db, int[] keys) => db.Set<PairingSession>().AsNoTracking().Where(s => keys.Contains(s.Id)));
}
