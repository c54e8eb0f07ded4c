using Microsoft.EntityFrameworkCore;
using Network.Server.Data;
using Network.Server.GraphQL.DataLoading;

namespace Network.Server.Webinars;

/// <summary>Each webinar's seats taken and waited for, counted in the database, by webinar ID.</summary>
public sealed class WebinarSeatsDataLoader(IDbContextFactory<NetworkDbContext> factory, DataLoaderDispatcher dispatcher)
    : BatchDataLoader<int, WebinarSeats>(dispatcher)
{
    protected override async Task<IReadOnlyDictionary<int, WebinarSeats>> FetchAsync(IReadOnlyList<int> keys, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var counts = await db.WebinarRegistrations.AsNoTracking()
            .Where(r => keys.Contains(r.WebinarId) && r.Status != WebinarRegistrationStatus.Cancelled)
            .GroupBy(r => r.WebinarId)
            .Select(g => new
            {
                WebinarId = g.Key,
                Registered = g.Count(r => r.Status == WebinarRegistrationStatus.Registered),
                Waitlisted = g.Count(r => r.Status == WebinarRegistrationStatus.Waitlisted),
            })
            .ToListAsync(cancellationToken);
        return counts.ToDictionary(c => c.WebinarId, c => new WebinarSeats(c.Registered, c.Waitlisted));
    }

    protected override WebinarSeats Missing(int key) => WebinarSeats.None;
}
