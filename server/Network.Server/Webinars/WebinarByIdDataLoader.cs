using Microsoft.EntityFrameworkCore;
using Network.Server.Data;
using Network.Server.GraphQL.DataLoading;

namespace Network.Server.Webinars;

public sealed class WebinarByIdDataLoader(IDbContextFactory<NetworkDbContext> factory, DataLoaderDispatcher dispatcher)
    : EntityByIdDataLoader<Webinar>(factory, dispatcher, Query, w => w.Id)
{
    private static readonly Func<NetworkDbContext, int[], IAsyncEnumerable<Webinar>> Query =
        EF.CompileAsyncQuery((NetworkDbContext db, int[] keys) => db.Set<Webinar>().AsNoTracking().Where(w => keys.Contains(w.Id)));
}
