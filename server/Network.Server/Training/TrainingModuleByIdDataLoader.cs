using Microsoft.EntityFrameworkCore;
using Network.Server.Data;
using Network.Server.GraphQL.DataLoading;

namespace Network.Server.Training;

public sealed class TrainingModuleByIdDataLoader(IDbContextFactory<NetworkDbContext> factory, DataLoaderDispatcher dispatcher)
    : EntityByIdDataLoader<TrainingModule>(factory, dispatcher, Query, t => t.Id)
{
    private static readonly Func<NetworkDbContext, int[], IAsyncEnumerable<TrainingModule>> Query =
        EF.CompileAsyncQuery((NetworkDbContext db, int[] keys) => db.Set<TrainingModule>().AsNoTracking().Where(t => keys.Contains(t.Id)));
}
