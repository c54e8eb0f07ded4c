using Microsoft.EntityFrameworkCore;
using Network.Server.Data;
using Network.Server.GraphQL.DataLoading;

namespace Network.Server.Webinars;

public sealed class WebinarRegistrationByIdDataLoader(IDbContextFactory<NetworkDbContext> factory, DataLoaderDispatcher dispatcher)
    : EntityByIdDataLoader<WebinarRegistration>(factory, dispatcher, Query, r => r.Id)
{
    private static readonly Func<NetworkDbContext, int[], IAsyncEnumerable<WebinarRegistration>> Query =
        EF.CompileAsyncQuery((NetworkDbContext db, int[] keys) => db.Set<WebinarRegistration>().AsNoTracking().Where(r => keys.Contains(r.Id)));
}
