using Microsoft.EntityFrameworkCore;
using Network.Server.Data;
using Network.Server.GraphQL.DataLoading;

namespace Network.Server.Programmes;

public sealed class ProgrammeByIdDataLoader(IDbContextFactory<NetworkDbContext> factory, DataLoaderDispatcher dispatcher)
    : EntityByIdDataLoader<Programme>(factory, dispatcher, Query, p => p.Id)
{
    private static readonly Func<NetworkDbContext, int[], IAsyncEnumerable<Programme>> Query =
        EF.CompileAsyncQuery((NetworkDbContext db, int[] keys) => db.Set<Programme>().AsNoTracking().Where(p => keys.Contains(p.Id)));
}
