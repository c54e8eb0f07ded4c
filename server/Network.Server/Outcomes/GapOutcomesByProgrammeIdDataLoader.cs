using Microsoft.EntityFrameworkCore;
using Network.Server.Data;
using Network.Server.GraphQL.DataLoading;

namespace Network.Server.Outcomes;

/// <summary>A programme's gap outcomes, by checkpoint and gap.</summary>
public sealed class GapOutcomesByProgrammeIdDataLoader(IDbContextFactory<NetworkDbContext> factory, DataLoaderDispatcher dispatcher)
    : EntitiesByParentIdDataLoader<GapOutcome>(factory, dispatcher, Query, g => g.ProgrammeId)
{
    private static readonly Func<NetworkDbContext, int[], IAsyncEnumerable<GapOutcome>> Query =
        EF.CompileAsyncQuery<NetworkDbContext, int[], GapOutcome>((db, keys) => db.Set<GapOutcome>().AsNoTracking()
            .Where(g => keys.Contains(g.ProgrammeId))
            .OrderBy(g => g.Checkpoint).ThenBy(g => g.SkillsGapId));
}
