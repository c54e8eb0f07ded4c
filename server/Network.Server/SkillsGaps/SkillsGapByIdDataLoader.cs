using Microsoft.EntityFrameworkCore;
using Network.Server.Data;
using Network.Server.GraphQL.DataLoading;

namespace Network.Server.SkillsGaps;

public sealed class SkillsGapByIdDataLoader(IDbContextFactory<NetworkDbContext> factory) : BatchDataLoader<int, SkillsGap?>
{
    protected override async Task<IReadOnlyDictionary<int, SkillsGap?>> FetchAsync(IReadOnlyList<int> keys, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return await db.SkillsGaps.AsNoTracking().Where(g => keys.Contains(g.Id)).ToDictionaryAsync(g => g.Id, g => (SkillsGap?)g, cancellationToken);
    }
}
