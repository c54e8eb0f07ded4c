using Microsoft.EntityFrameworkCore;
using Network.Server.Data;
using Network.Server.GraphQL.DataLoading;

namespace Network.Server.Agreements;

public sealed class AgreementGoalByIdDataLoader(IDbContextFactory<NetworkDbContext> factory, DataLoaderDispatcher dispatcher)
    : EntityByIdDataLoader<AgreementGoal>(factory, dispatcher, Query, g => g.Id)
{
    private static readonly Func<NetworkDbContext, int[], IAsyncEnumerable<AgreementGoal>> Query =
        EF.CompileAsyncQuery((NetworkDbContext db, int[] keys) => db.Set<AgreementGoal>().AsNoTracking().Where(g => keys.Contains(g.Id)));
}
