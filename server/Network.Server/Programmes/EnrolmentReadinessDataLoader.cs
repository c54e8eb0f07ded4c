using Microsoft.EntityFrameworkCore;
using Network.Server.Data;
using Network.Server.GraphQL.DataLoading;

namespace Network.Server.Programmes;

/// <summary>The readiness of enrolments, by enrolment ID.</summary>
public sealed class EnrolmentReadinessDataLoader(IDbContextFactory<NetworkDbContext> factory, DataLoaderDispatcher dispatcher)
    : BatchDataLoader<int, EnrolmentReadiness>(dispatcher)
{
    protected override async Task<IReadOnlyDictionary<int, EnrolmentReadiness>> FetchAsync(IReadOnlyList<int> keys, CancellationToken cancellationToken)
    {
        int[] ids = [.. keys];
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return await ProgrammeReadiness.OfAsync(db, db.ProgrammeEnrolments.Where(e => ids.Contains(e.Id)), cancellationToken);
    }
}
