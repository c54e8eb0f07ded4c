using Microsoft.EntityFrameworkCore;
using Network.Server.Data;
using Network.Server.GraphQL.DataLoading;

namespace Network.Server.SkillsGaps;

public sealed class SkillsGapsByEmployerIdDataLoader(IDbContextFactory<NetworkDbContext> factory) : GroupedDataLoader<int, SkillsGap>
{
    protected override async Task<IEnumerable<IGrouping<int, SkillsGap>>> FetchGroupsAsync(IReadOnlyList<int> keys, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var gaps = await db.SkillsGaps.AsNoTracking()
            .Where(g => keys.Contains(g.EmployerId))
            .OrderByDescending(g => g.PublishedAt).ThenBy(g => g.Id)
            .ToListAsync(cancellationToken);
        return gaps.GroupBy(g => g.EmployerId);
    }
}
