using Microsoft.EntityFrameworkCore;
using Network.Server.Data;
using Network.Server.GraphQL.DataLoading;

namespace Network.Server.Webinars;

/// <summary>The invitations a mentor received, most recent first.</summary>
public sealed class InvitationsByMentorIdDataLoader(IDbContextFactory<NetworkDbContext> factory, DataLoaderDispatcher dispatcher)
    : EntitiesByParentIdDataLoader<WebinarInvitation>(factory, dispatcher, Query, i => i.MentorId!.Value)
{
    private static readonly Func<NetworkDbContext, int[], IAsyncEnumerable<WebinarInvitation>> Query =
        EF.CompileAsyncQuery<NetworkDbContext, int[], WebinarInvitation>((db, keys) => db.Set<WebinarInvitation>().AsNoTracking()
            .Where(i => i.MentorId != null && keys.Contains(i.MentorId.Value))
            .OrderByDescending(i => i.InvitedAt).ThenByDescending(i => i.Id));
}
