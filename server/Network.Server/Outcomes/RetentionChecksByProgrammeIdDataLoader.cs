using Microsoft.EntityFrameworkCore;
using Network.Server.Data;
using Network.Server.GraphQL.DataLoading;

namespace Network.Server.Outcomes;

/// <summary>A programme's retention checks, by checkpoint and mentor.</summary>
public sealed class RetentionChecksByProgrammeIdDataLoader(IDbContextFactory<NetworkDbContext> factory, DataLoaderDispatcher dispatcher)
    : EntitiesByParentIdDataLoader<RetentionCheck>(factory, dispatcher, Query, r => r.ProgrammeId)
{
    private static readonly Func<NetworkDbContext, int[], IAsyncEnumerable<RetentionCheck>> Query =
        EF.CompileAsyncQuery<NetworkDbContext, int[], RetentionCheck>((db, keys) => db.Set<RetentionCheck>().AsNoTracking()
            .Where(r => keys.Contains(r.ProgrammeId))
            .OrderBy(r => r.Checkpoint).ThenBy(r => r.MentorId));
}
