namespace Network.Server.Calendars;

/// <summary>An event's STATUS in RFC 5545 terms.</summary>
public enum CalendarEntryStatus
{
    Confirmed,

    /// <summary>Not yet certain, such as a place on a waiting list.</summary>
    Tentative,

    Cancelled,
}
