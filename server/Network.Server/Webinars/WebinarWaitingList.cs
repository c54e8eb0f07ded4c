using Microsoft.EntityFrameworkCore;
using Network.Server.GraphQL.Mutations;

namespace Network.Server.Webinars;

/// <summary>How the waiting list moves up: free seats go to those waiting, in the order they registered.</summary>
internal static class WebinarWaitingList
{
    /// <summary>
    /// Gives the webinar's free seats to the first waiting, saved. Called under the webinar's row lock, after the
    /// change that freed seats (a cancellation, a larger capacity) has been saved, so that the count is current.
    /// </summary>
    public static async Task FillSeatsAsync(MutationContext m, Webinar webinar, DateTimeOffset now)
    {
        var live = m.Db.WebinarRegistrations.Where(r => r.WebinarId == webinar.Id);
        var free = webinar.Capacity - await live.CountAsync(r => r.Status == WebinarRegistrationStatus.Registered, m.CancellationToken);
        if (free <= 0)
        {
            return;
        }

        var next = await live.Where(r => r.Status == WebinarRegistrationStatus.Waitlisted)
            .OrderBy(r => r.RegisteredAt).ThenBy(r => r.Id)
            .Take(free)
            .ToListAsync(m.CancellationToken);
        foreach (var promoted in next)
        {
            promoted.Status = WebinarRegistrationStatus.Registered;
            promoted.UpdatedAt = now;
        }

        await m.Db.SaveChangesAsync(m.CancellationToken);
    }
}
