using Microsoft.EntityFrameworkCore;
using Network.Server.Data;
using Network.Server.GraphQL.DataLoading;

namespace Network.Server.Webinars;

public sealed class WebinarInvitationByIdDataLoader(IDbContextFactory<NetworkDbContext> factory, DataLoaderDispatcher dispatcher)
    : EntityByIdDataLoader<WebinarInvitation>(factory, dispatcher, Query, i => i.Id)
{
    private static readonly Func<NetworkDbContext, int[], IAsyncEnumerable<WebinarInvitation>> Query =
        EF.CompileAsyncQuery((NetworkDbContext db, int[] keys) => db.Set<WebinarInvitation>().AsNoTracking().Where(i => keys.Contains(i.Id)));
}
