using Microsoft.EntityFrameworkCore;
using Network.Server.Data;
using Network.Server.GraphQL.DataLoading;

namespace Network.Server.Mentors;

/// <summary>An employer's active mentors, in the order they volunteered.</summary>
public sealed class MentorsByEmployerIdDataLoader(IDbContextFactory<NetworkDbContext> factory, DataLoaderDispatcher dispatcher)
    : EntitiesByParentIdDataLoader<Mentor>(factory, dispatcher, Query, m => m.EmployerId)
{
    private static readonly Func<NetworkDbContext, int[], IAsyncEnumerable<Mentor>> Query =
        EF.CompileAsyncQuery<NetworkDbContext, int[], Mentor>((db, keys) => db.Set<Mentor>().AsNoTracking()
            .Where(m => keys.Contains(m.EmployerId) && m.Status == MentorStatus.Active)
            .OrderBy(m => m.Id));
}
