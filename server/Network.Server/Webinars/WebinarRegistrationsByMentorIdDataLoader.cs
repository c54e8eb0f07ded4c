using Microsoft.EntityFrameworkCore;
using Network.Server.Data;
using Network.Server.GraphQL.DataLoading;

namespace Network.Server.Webinars;

/// <summary>A mentor's webinar registrations, cancelled ones and notices of cancelled webinars included, most recent first.</summary>
public sealed class WebinarRegistrationsByMentorIdDataLoader(IDbContextFactory<NetworkDbContext> factory, DataLoaderDispatcher dispatcher)
    : EntitiesByParentIdDataLoader<WebinarRegistration>(factory, dispatcher, Query, r => r.MentorId!.Value)
{
    private static readonly Func<NetworkDbContext, int[], IAsyncEnumerable<WebinarRegistration>> Query =
        EF.CompileAsyncQuery<NetworkDbContext, int[], WebinarRegistration>((db, keys) => db.Set<WebinarRegistration>().AsNoTracking()
            .Where(r => r.MentorId != null && keys.Contains(r.MentorId.Value))
            .OrderByDescending(r => r.RegisteredAt).ThenByDescending(r => r.Id));
}
