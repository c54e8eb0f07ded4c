using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using Network.Server.Sessions;

namespace Network.Server.Calendars;

/// <summary>
/// Calendar entries as an iCalendar (RFC 5545) document: one VEVENT an entry, at its local time with a VTIMEZONE for each
/// time zone, the entry's UID and SEQUENCE, and STATUS:CANCELLED once cancelled, so that a subscribed calendar updates in place.
/// </summary>
public static class CalendarDocument
{
    public const string MediaType = "text/calendar; charset=utf-8";

    private const string ProductId = "-//West Midlands Skills Network//Calendar//EN";

    public static string Build(string name, IEnumerable<CalendarEntry> entries)
    {
        var calendar = new Calendar { ProductId = ProductId };
        calendar.AddProperty("X-WR-CALNAME", name);
        var zones = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            if (zones.Add(entry.TimeZone))
            {
                calendar.AddTimeZone(entry.TimeZone);
            }

            var local = SessionTimes.Local(entry.StartsAt, entry.TimeZone);
            calendar.Events.Add(new CalendarEvent
            {
                Uid = entry.Uid,
                Summary = entry.Summary,
                Description = entry.Description,
                DtStart = new CalDateTime(DateTime.SpecifyKind(local.DateTime, DateTimeKind.Unspecified), entry.TimeZone, hasTime: true),
                Duration = Duration.FromMinutes(entry.DurationMinutes),
                DtStamp = new CalDateTime(entry.ChangedAt.UtcDateTime, "UTC", hasTime: true),
                Sequence = entry.Sequence,
                Status = entry.Status.ToString().ToUpperInvariant(),
                Location = entry.Location,
                Url = entry.Url,
            });
        }

        return new CalendarSerializer(calendar).SerializeToString()!;
    }

    /// <summary>The document as a file to download.</summary>
    public static IResult File(string name, IEnumerable<CalendarEntry> entries, string fileName) =>
        Results.File(System.Text.Encoding.UTF8.GetBytes(Build(name, entries)), MediaType, fileName);
}
