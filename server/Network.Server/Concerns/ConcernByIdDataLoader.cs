using Microsoft.EntityFrameworkCore;
using Network.Server.Data;
using Network.Server.GraphQL.DataLoading;

namespace Network.Server.Concerns;

public sealed class ConcernByIdDataLoader(IDbContextFactory<NetworkDbContext> factory, DataLoaderDispatcher dispatcher)
    : EntityByIdDataLoader<ConcernReport>(factory, dispatcher, Query, c => c.Id)
{
    private static readonly Func<NetworkDbContext, int[], IAsyncEnumerable<ConcernReport>> Query =
        EF.CompileAsyncQuery((NetworkDbContext db, int[] keys) => db.Set<ConcernReport>().AsNoTracking()
            .Include(c => c.Actions.OrderBy(a => a.Id))
            .Where(c => keys.Contains(c.Id)));
}
