using Network.Server.Sessions;

namespace Network.Server.Calendars;

/// <summary>
/// A session as a calendar entry: a UID that stays the same as it is moved (SEQUENCE counts the moves, and its cancellation)
/// and STATUS:CANCELLED once cancelled. Events name the agenda, never the partner.
/// </summary>
public static class SessionCalendar
{
    public const string Name = "Mentoring sessions";

    public static CalendarEntry Entry(PairingSession session, IReadOnlyList<string> agenda)
    {
        var cancelled = session.Status == SessionStatus.Cancelled;
        return new CalendarEntry(
            $"session-{session.Id}@skills-network.west-midlands",
            agenda.Count == 0 ? "Mentoring session" : $"Mentoring session: {string.Join(", ", agenda)}",
            cancelled ? $"Cancelled: {session.CancellationReason}" : null,
            session.StartsAt,
            session.DurationMinutes,
            session.TimeZone,
            session.Format == SessionFormat.Online ? session.OnlineLink : session.VenuePostcode,
            session.OnlineLink is { } link ? new Uri(link) : null,
            session.RescheduleCount + (cancelled ? 1 : 0),
            cancelled ? CalendarEntryStatus.Cancelled : CalendarEntryStatus.Confirmed,
            session.UpdatedAt);
    }
}
