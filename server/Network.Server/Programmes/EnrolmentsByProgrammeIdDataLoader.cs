using Microsoft.EntityFrameworkCore;
using Network.Server.Data;
using Network.Server.GraphQL.DataLoading;

namespace Network.Server.Programmes;

/// <summary>A programme's enrolments, first nominated or enrolled first.</summary>
public sealed class EnrolmentsByProgrammeIdDataLoader(IDbContextFactory<NetworkDbContext> factory, DataLoaderDispatcher dispatcher)
    : EntitiesByParentIdDataLoader<ProgrammeEnrolment>(factory, dispatcher, Query, e => e.ProgrammeId)
{
    private static readonly Func<NetworkDbContext, int[], IAsyncEnumerable<ProgrammeEnrolment>> Query =
        EF.CompileAsyncQuery<NetworkDbContext, int[], ProgrammeEnrolment>((db, keys) => db.Set<ProgrammeEnrolment>().AsNoTracking()
            .Where(e => keys.Contains(e.ProgrammeId))
            .OrderBy(e => e.Id));
}
