using Microsoft.EntityFrameworkCore;
using Network.Server.Data;
using Network.Server.GraphQL.DataLoading;

namespace Network.Server.Webinars;

/// <summary>An employer's own webinar registrations (not its mentors'), cancelled ones and notices of cancelled webinars included, most recent first.</summary>
public sealed class WebinarRegistrationsByEmployerIdDataLoader(IDbContextFactory<NetworkDbContext> factory, DataLoaderDispatcher dispatcher)
    : EntitiesByParentIdDataLoader<WebinarRegistration>(factory, dispatcher, Query, r => r.EmployerId!.Value)
{
    private static readonly Func<NetworkDbContext, int[], IAsyncEnumerable<WebinarRegistration>> Query =
        EF.CompileAsyncQuery<NetworkDbContext, int[], WebinarRegistration>((db, keys) => db.Set<WebinarRegistration>().AsNoTracking()
            .Where(r => r.EmployerId != null && keys.Contains(r.EmployerId.Value))
            .OrderByDescending(r => r.RegisteredAt).ThenByDescending(r => r.Id));
}
