namespace Network.Server.Calendars;

/// <summary>
/// One event of a calendar, whichever feature it comes from: a UID that stays the same as the event changes, when it runs
/// (a UTC start shown at local time in <see cref="TimeZone"/>), where, and a SEQUENCE that grows with each change so that a
/// subscribed calendar updates the event in place.
/// </summary>
public sealed record CalendarEntry(
    string Uid,
    string Summary,
    string? Description,
    DateTimeOffset StartsAt,
    int DurationMinutes,
    string TimeZone,
    string? Location,
    Uri? Url,
    int Sequence,
    CalendarEntryStatus Status,
    DateTimeOffset ChangedAt);
