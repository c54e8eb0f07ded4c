using Microsoft.EntityFrameworkCore;
using Network.Server.Data;
using Network.Server.GraphQL.DataLoading;

namespace Network.Server.Mentors;

public sealed class MentorByIdDataLoader(IDbContextFactory<NetworkDbContext> factory, DataLoaderDispatcher dispatcher)
    : EntityByIdDataLoader<Mentor>(factory, dispatcher, Query, m => m.Id)
{
    private static readonly Func<NetworkDbContext, int[], IAsyncEnumerable<Mentor>> Query =
        EF.CompileAsyncQuery((NetworkDbContext db, int[] keys) => db.Set<Mentor>().AsNoTracking().Where(m => keys.Contains(m.Id)));
}
