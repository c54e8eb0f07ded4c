using Microsoft.EntityFrameworkCore;
using Network.Server.Data;
using Network.Server.GraphQL.DataLoading;

namespace Network.Server.Programmes;

public sealed class ObjectiveByIdDataLoader(IDbContextFactory<NetworkDbContext> factory, DataLoaderDispatcher dispatcher)
    : EntityByIdDataLoader<ProgrammeObjective>(factory, dispatcher, Query, o => o.Id)
{
    private static readonly Func<NetworkDbContext, int[], IAsyncEnumerable<ProgrammeObjective>> Query =
        EF.CompileAsyncQuery((NetworkDbContext db, int[] keys) => db.Set<ProgrammeObjective>().AsNoTracking()
            .Include(o => o.Skills).Include(o => o.Gaps)
            .Where(o => keys.Contains(o.Id)));
}
