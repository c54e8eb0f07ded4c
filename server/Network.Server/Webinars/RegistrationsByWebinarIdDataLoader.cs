using Microsoft.EntityFrameworkCore;
using Network.Server.Data;
using Network.Server.GraphQL.DataLoading;

namespace Network.Server.Webinars;

/// <summary>A webinar's registrations, cancelled ones included, in waiting-list order.</summary>
public sealed class RegistrationsByWebinarIdDataLoader(IDbContextFactory<NetworkDbContext> factory, DataLoaderDispatcher dispatcher)
    : EntitiesByParentIdDataLoader<WebinarRegistration>(factory, dispatcher, Query, r => r.WebinarId)
{
    private static readonly Func<NetworkDbContext, int[], IAsyncEnumerable<WebinarRegistration>> Query =
        EF.CompileAsyncQuery<NetworkDbContext, int[], WebinarRegistration>((db, keys) => db.Set<WebinarRegistration>().AsNoTracking()
            .Where(r => keys.Contains(r.WebinarId))
            .OrderBy(r => r.RegisteredAt).ThenBy(r => r.Id));
}
