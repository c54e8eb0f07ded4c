using Microsoft.EntityFrameworkCore;
using Network.Server.Data;
using Network.Server.GraphQL.DataLoading;

namespace Network.Server.Programmes;

/// <summary>The employers that have joined a programme, first joined first.</summary>
public sealed class EmployersByProgrammeIdDataLoader(IDbContextFactory<NetworkDbContext> factory, DataLoaderDispatcher dispatcher)
    : EntitiesByParentIdDataLoader<ProgrammeEmployer>(factory, dispatcher, Query, e => e.ProgrammeId)
{
    private static readonly Func<NetworkDbContext, int[], IAsyncEnumerable<ProgrammeEmployer>> Query =
        EF.CompileAsyncQuery<NetworkDbContext, int[], ProgrammeEmployer>((db, keys) => db.Set<ProgrammeEmployer>().AsNoTracking()
            .Where(e => keys.Contains(e.ProgrammeId))
            .OrderBy(e => e.JoinedAt).ThenBy(e => e.EmployerId));
}
