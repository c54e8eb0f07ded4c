using Microsoft.EntityFrameworkCore;
using Network.Server.Data;
using Network.Server.GraphQL.DataLoading;

namespace Network.Server.Programmes;

/// <summary>The current version of each programme's code of conduct.</summary>
public sealed class ConductByProgrammeIdDataLoader(IDbContextFactory<NetworkDbContext> factory, DataLoaderDispatcher dispatcher)
    : EntityByIdDataLoader<ProgrammeConduct>(factory, dispatcher, Query, c => c.ProgrammeId)
{
    private static readonly Func<NetworkDbContext, int[], IAsyncEnumerable<ProgrammeConduct>> Query =
        EF.CompileAsyncQuery((NetworkDbContext db, int[] keys) => db.Set<ProgrammeConduct>().AsNoTracking()
            .Where(c => keys.Contains(c.ProgrammeId) && c.Version == db.Set<Programme>().Where(p => p.Id == c.ProgrammeId).Select(p => p.ConductVersion).First()));
}
