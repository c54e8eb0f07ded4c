using Microsoft.EntityFrameworkCore;
using Network.Server.Data;
using Network.Server.GraphQL.DataLoading;

namespace Network.Server.Programmes;

/// <summary>A mentor's programme enrolments, most recent first.</summary>
public sealed class EnrolmentsByMentorIdDataLoader(IDbContextFactory<NetworkDbContext> factory, DataLoaderDispatcher dispatcher)
    : EntitiesByParentIdDataLoader<ProgrammeEnrolment>(factory, dispatcher, Query, e => e.MentorId)
{
    private static readonly Func<NetworkDbContext, int[], IAsyncEnumerable<ProgrammeEnrolment>> Query =
        EF.CompileAsyncQuery<NetworkDbContext, int[], ProgrammeEnrolment>((db, keys) => db.Set<ProgrammeEnrolment>().AsNoTracking()
            .Where(e => keys.Contains(e.MentorId))
            .OrderByDescending(e => e.Id));
}
