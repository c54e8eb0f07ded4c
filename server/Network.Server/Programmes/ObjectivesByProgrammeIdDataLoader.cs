using Microsoft.EntityFrameworkCore;
using Network.Server.Data;
using Network.Server.GraphQL.DataLoading;

namespace Network.Server.Programmes;

/// <summary>A programme's objectives with the skills and gaps they target, in the order they were added.</summary>
public sealed class ObjectivesByProgrammeIdDataLoader(IDbContextFactory<NetworkDbContext> factory, DataLoaderDispatcher dispatcher)
    : EntitiesByParentIdDataLoader<ProgrammeObjective>(factory, dispatcher, Query, o => o.ProgrammeId)
{
    private static readonly Func<NetworkDbContext, int[], IAsyncEnumerable<ProgrammeObjective>> Query =
        EF.CompileAsyncQuery<NetworkDbContext, int[], ProgrammeObjective>((db, keys) => db.Set<ProgrammeObjective>().AsNoTracking()
            .Include(o => o.Skills).Include(o => o.Gaps)
            .Where(o => keys.Contains(o.ProgrammeId))
            .OrderBy(o => o.Id));
}
