using Microsoft.EntityFrameworkCore;
using Network.Server.Data;
using Network.Server.Sessions;
using Network.Server.Skills;

namespace Network.Server.Calendars;

/// <summary>A mentor's sessions for their calendar feed, each with the names of its agenda's skills.</summary>
internal sealed class SessionCalendarSource : ICalendarEventSource
{
    public async Task<IReadOnlyList<CalendarEntry>> ForMentorAsync(NetworkDbContext db, int mentorId, DateTimeOffset since, CancellationToken cancellationToken)
    {
        var sessions = await db.PairingSessions.AsNoTracking()
            .Where(s => (s.MentorAId == mentorId || s.MentorBId == mentorId) && s.EndsAt >= since)
            .ToListAsync(cancellationToken);
        return await EntriesAsync(db, sessions, cancellationToken);
    }

    public static async Task<IReadOnlyList<CalendarEntry>> EntriesAsync(NetworkDbContext db, List<PairingSession> sessions, CancellationToken cancellationToken)
    {
        int[] skillIds = [.. sessions.SelectMany(s => s.AgendaSkillIds).Distinct()];
        var names = await db.Skills.AsNoTracking().Where(s => skillIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.Name, cancellationToken);
        return [.. sessions.Select(s => SessionCalendar.Entry(s, [.. s.AgendaSkillIds.Where(names.ContainsKey).Select(i => names[i])]))];
    }
}
