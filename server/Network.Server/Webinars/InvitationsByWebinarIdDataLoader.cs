using Microsoft.EntityFrameworkCore;
using Network.Server.Data;
using Network.Server.GraphQL.DataLoading;

namespace Network.Server.Webinars;

/// <summary>A webinar's invitations, in the order they were sent.</summary>
public sealed class InvitationsByWebinarIdDataLoader(IDbContextFactory<NetworkDbContext> factory, DataLoaderDispatcher dispatcher)
    : EntitiesByParentIdDataLoader<WebinarInvitation>(factory, dispatcher, Query, i => i.WebinarId)
{
    private static readonly Func<NetworkDbContext, int[], IAsyncEnumerable<WebinarInvitation>> Query =
        EF.CompileAsyncQuery<NetworkDbContext, int[], WebinarInvitation>((db, keys) => db.Set<WebinarInvitation>().AsNoTracking()
            .Where(i => keys.Contains(i.WebinarId))
            .OrderBy(i => i.InvitedAt).ThenBy(i => i.Id));
}
