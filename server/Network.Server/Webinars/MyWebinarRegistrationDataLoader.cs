using Microsoft.EntityFrameworkCore;
using Network.Server.Data;
using Network.Server.GraphQL.DataLoading;

namespace Network.Server.Webinars;

/// <summary>A registrant's live registration for a webinar, or their notice of its cancellation, by webinar and registrant; one query for every webinar of a request.</summary>
public sealed class MyWebinarRegistrationDataLoader(IDbContextFactory<NetworkDbContext> factory, DataLoaderDispatcher dispatcher)
    : BatchDataLoader<WebinarRegistrantKey, WebinarRegistration?>(dispatcher)
{
    protected override async Task<IReadOnlyDictionary<WebinarRegistrantKey, WebinarRegistration?>> FetchAsync(IReadOnlyList<WebinarRegistrantKey> keys, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var webinarIds = keys.Select(k => k.WebinarId).Distinct().ToList();
        var mentorIds = keys.Select(k => k.MentorId).OfType<int>().Distinct().ToList();
        var employerIds = keys.Select(k => k.EmployerId).OfType<int>().Distinct().ToList();
        var found = await db.WebinarRegistrations.AsNoTracking()
            .Where(r => webinarIds.Contains(r.WebinarId) && r.Status != WebinarRegistrationStatus.Cancelled)
            .Where(r => (r.MentorId != null && mentorIds.Contains(r.MentorId.Value)) || (r.EmployerId != null && employerIds.Contains(r.EmployerId.Value)))
            .ToListAsync(cancellationToken);
        return keys.Distinct().ToDictionary(k => k, k => found.FirstOrDefault(r => r.WebinarId == k.WebinarId && ((r.MentorId != null && r.MentorId == k.MentorId) || (r.EmployerId != null && r.EmployerId == k.EmployerId))));
    }

    protected override WebinarRegistration? Missing(WebinarRegistrantKey key) => null;
}
