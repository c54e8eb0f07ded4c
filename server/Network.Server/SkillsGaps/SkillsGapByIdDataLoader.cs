using Microsoft.EntityFrameworkCore;
using Network.Server.Data;
using Network.Server.GraphQL.DataLoading;

namespace Network.Server.SkillsGaps;

public sealed class SkillsGapByIdDataLoader(IDbContextFactory<NetworkDbContext> factory, DataLoaderDispatcher dispatcher)
    : EntityByIdDataLoader<SkillsGap>(factory, dispatcher, Query, g => g.Id)
{
    private static readonly Func<NetworkDbContext, int[], IAsyncEnumerable<SkillsGap>> Query =
        EF.CompileAsyncQuery((NetworkDbContext db, int[] keys) => db.Set<SkillsGap>().AsNoTracking().Where(g => keys.Contains(g.Id)));
}
