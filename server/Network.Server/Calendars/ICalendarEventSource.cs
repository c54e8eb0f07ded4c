using Network.Server.Data;

namespace Network.Server.Calendars;

/// <summary>
/// Events for a mentor's calendar feed from a feature, whether below calendars (sessions) or above them (webinars), so that
/// the feed knows no feature above it. Each source is registered by its feature as a singleton.
/// </summary>
public interface ICalendarEventSource
{
    /// <summary>The mentor's events that end at or after <paramref name="since"/>, cancelled ones included so that calendars drop them.</summary>
    Task<IReadOnlyList<CalendarEntry>> ForMentorAsync(NetworkDbContext db, int mentorId, DateTimeOffset since, CancellationToken cancellationToken);
}
