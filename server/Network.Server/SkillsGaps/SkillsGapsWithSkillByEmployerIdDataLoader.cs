using Microsoft.EntityFrameworkCore;
using Network.Server.Data;
using Network.Server.GraphQL.DataLoading;

namespace Network.Server.SkillsGaps;

/// <summary>An employer's skills gaps, most recent first, each with its skill in the same statement: for selections that ask for the skill.</summary>
public sealed class SkillsGapsWithSkillByEmployerIdDataLoader(IDbContextFactory<NetworkDbContext> factory, DataLoaderDispatcher dispatcher)
    : EntitiesByParentIdDataLoader<SkillsGap>(factory, dispatcher, Query, g => g.EmployerId)
{
    private static readonly Func<NetworkDbContext, int[], IAsyncEnumerable<SkillsGap>> Query =
        EF.CompileAsyncQuery<NetworkDbContext, int[], SkillsGap>((db, keys) => db.Set<SkillsGap>().AsNoTracking()
            .Include(g => g.Skill)
            .Where(g => keys.Contains(g.EmployerId))
            .OrderByDescending(g => g.PublishedAt).ThenBy(g => g.Id));
}
