using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using Network.Server.Sessions;

namespace Network.Server.Calendars;

/// <summary>
/// Sessions as an iCalendar (RFC 5545) document: one VEVENT a session, at its local time with a VTIMEZONE for
/// each time zone, a UID that stays the same as it is moved (SEQUENCE counts the moves) and STATUS:CANCELLED once
/// cancelled, so that a subscribed calendar updates in place. Events name the agenda, never the partner.
/// </summary>
public static class SessionCalendar
{
    public const string MediaType = "text/calendar; charset=utf-8";

    private const string ProductId = "-//West Midlands Skills Network//Sessions//EN";

    public static string Build(IEnumerable<(PairingSession Session, IReadOnlyList<string> Agenda)> sessions)
    {
        var calendar = new Calendar { ProductId = ProductId };
        calendar.AddProperty("X-WR-CALNAME", "Mentoring sessions");
        var zones = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (session, agenda) in sessions)
        {
            if (zones.Add(session.TimeZone))
            {
                calendar.AddTimeZone(session.TimeZone);
            }

            var local = SessionTimes.Local(session.StartsAt, session.TimeZone);
            var start = new CalDateTime(DateTime.SpecifyKind(local.DateTime, DateTimeKind.Unspecified), session.TimeZone, hasTime: true);
            var summary = agenda.Count == 0 ? "Mentoring session" : $"Mentoring session: {string.Join(", ", agenda)}";
            var calendarEvent = new CalendarEvent
            {
                Uid = $"session-{session.Id}@skills-network.west-midlands",
                Summary = summary,
                DtStart = start,
                Duration = Duration.FromMinutes(session.DurationMinutes),
                DtStamp = new CalDateTime(session.UpdatedAt.UtcDateTime, "UTC", hasTime: true),
                Sequence = session.RescheduleCount + (session.Status == SessionStatus.Cancelled ? 1 : 0),
                Status = session.Status == SessionStatus.Cancelled ? "CANCELLED" : "CONFIRMED",
                Location = session.Format == SessionFormat.Online ? session.OnlineLink : session.VenuePostcode,
                Description = session.Status == SessionStatus.Cancelled ? $"Cancelled: {session.CancellationReason}" : null,
            };
            if (session.OnlineLink is { } link)
            {
                calendarEvent.Url = new Uri(link);
            }

            calendar.Events.Add(calendarEvent);
        }

        return new CalendarSerializer(calendar).SerializeToString()!;
    }
}
