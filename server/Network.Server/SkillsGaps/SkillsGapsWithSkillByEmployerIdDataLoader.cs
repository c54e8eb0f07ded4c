using Microsoft.EntityFrameworkCore;
using Network.Server.Data;
using Network.Server.GraphQL.DataLoading;
using Network.Server.Skills;

namespace Network.Server.SkillsGaps;

/// <summary>An employer's skills gaps, most recent first, each with its skill in the same statement: for selections that ask for the skill.</summary>
public sealed class SkillsGapsWithSkillByEmployerIdDataLoader(IDbContextFactory<NetworkDbContext> factory, DataLoaderDispatcher dispatcher)
    : EntitiesByParentIdDataLoader<SkillsGap>(factory, dispatcher, Query, g => g.EmployerId)
{
    private static readonly Func<NetworkDbContext, int[], IAsyncEnumerable<SkillsGap>> Query = RowWithRelated.Setting(
        EF.CompileAsyncQuery<NetworkDbContext, int[], RowWithRelated<SkillsGap, Skill>>((db, keys) => db.Set<SkillsGap>().AsNoTracking()
            .Where(g => keys.Contains(g.EmployerId))
            .OrderByDescending(g => g.PublishedAt).ThenBy(g => g.Id)
            .Select(row => new RowWithRelated<SkillsGap, Skill> { Row = row, Related = row.Skill })),
        (row, related) => row.Skill = related);
}
