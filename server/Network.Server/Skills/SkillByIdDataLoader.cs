using Microsoft.EntityFrameworkCore;
using Network.Server.Data;
using Network.Server.GraphQL.DataLoading;

namespace Network.Server.Skills;

public sealed class SkillByIdDataLoader(IDbContextFactory<NetworkDbContext> factory, DataLoaderDispatcher dispatcher)
    : EntityByIdDataLoader<Skill>(factory, dispatcher, Query, s => s.Id)
{
    private static readonly Func<NetworkDbContext, int[], IAsyncEnumerable<Skill>> Query =
        EF.CompileAsyncQuery((NetworkDbContext db, int[] keys) => db.Set<Skill>().AsNoTracking().Where(s => keys.Contains(s.Id)));
}
