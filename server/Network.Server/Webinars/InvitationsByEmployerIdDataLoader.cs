using Microsoft.EntityFrameworkCore;
using Network.Server.Data;
using Network.Server.GraphQL.DataLoading;

namespace Network.Server.Webinars;

/// <summary>The invitations an employer received, most recent first.</summary>
public sealed class InvitationsByEmployerIdDataLoader(IDbContextFactory<NetworkDbContext> factory, DataLoaderDispatcher dispatcher)
    : EntitiesByParentIdDataLoader<WebinarInvitation>(factory, dispatcher, Query, i => i.EmployerId!.Value)
{
    private static readonly Func<NetworkDbContext, int[], IAsyncEnumerable<WebinarInvitation>> Query =
        EF.CompileAsyncQuery<NetworkDbContext, int[], WebinarInvitation>((db, keys) => db.Set<WebinarInvitation>().AsNoTracking()
            .Where(i => i.EmployerId != null && keys.Contains(i.EmployerId.Value))
            .OrderByDescending(i => i.InvitedAt).ThenByDescending(i => i.Id));
}
