using Microsoft.EntityFrameworkCore;
using Network.Server.Calendars;
using Network.Server.Data;

namespace Network.Server.Webinars;

/// <summary>A mentor's webinar registrations for their calendar feed.</summary>
internal sealed class WebinarCalendarSource : ICalendarEventSource
{
    public async Task<IReadOnlyList<CalendarEntry>> ForMentorAsync(NetworkDbContext db, int mentorId, DateTimeOffset since, CancellationToken cancellationToken)
    {
        var rows = await db.WebinarRegistrations.AsNoTracking()
            .Where(r => r.MentorId == mentorId)
            .Join(db.Webinars.AsNoTracking().Where(w => w.EndsAt >= since), r => r.WebinarId, w => w.Id, (r, w) => new { Registration = r, Webinar = w })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(row => WebinarCalendar.Entry(row.Webinar, row.Registration))];
    }
}
