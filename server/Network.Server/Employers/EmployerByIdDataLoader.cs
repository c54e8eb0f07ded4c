using Microsoft.EntityFrameworkCore;
using Network.Server.Data;
using Network.Server.GraphQL.DataLoading;

namespace Network.Server.Employers;

public sealed class EmployerByIdDataLoader(IDbContextFactory<NetworkDbContext> factory, DataLoaderDispatcher dispatcher)
    : EntityByIdDataLoader<Employer>(factory, dispatcher, Query, e => e.Id)
{
    private static readonly Func<NetworkDbContext, int[], IAsyncEnumerable<Employer>> Query =
        EF.CompileAsyncQuery((NetworkDbContext db, int[] keys) => db.Set<Employer>().AsNoTracking().Where(e => keys.Contains(e.Id)));
}
