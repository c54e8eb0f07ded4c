using Microsoft.EntityFrameworkCore;
using Network.Server.Data;
using Network.Server.GraphQL.DataLoading;

namespace Network.Server.Concerns;

/// <summary>A programme's concerns, most recent first.</summary>
public sealed class ConcernsByProgrammeIdDataLoader(IDbContextFactory<NetworkDbContext> factory, DataLoaderDispatcher dispatcher)
    : EntitiesByParentIdDataLoader<ConcernReport>(factory, dispatcher, Query, c => c.ProgrammeId)
{
    private static readonly Func<NetworkDbContext, int[], IAsyncEnumerable<ConcernReport>> Query =
        EF.CompileAsyncQuery<NetworkDbContext, int[], ConcernReport>((db, keys) => db.Set<ConcernReport>().AsNoTracking()
            .Include(c => c.Actions.OrderBy(a => a.Id))
            .Where(c => keys.Contains(c.ProgrammeId))
            .OrderByDescending(c => c.ReportedAt).ThenByDescending(c => c.Id));
}
