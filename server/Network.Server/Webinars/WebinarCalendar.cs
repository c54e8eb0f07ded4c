using Network.Server.Calendars;

namespace Network.Server.Webinars;

/// <summary>
/// A registration as a calendar entry: one UID a registration; the join link only while it holds a seat (a place on the waiting
/// list is TENTATIVE); STATUS:CANCELLED once it or the webinar is cancelled.
/// </summary>
public static class WebinarCalendar
{
    public const string Name = "Webinars";

    public static CalendarEntry Entry(Webinar webinar, WebinarRegistration registration)
    {
        var cancelled = webinar.Status == WebinarStatus.Cancelled || !registration.IsLive;
        var seated = !cancelled && registration.Status == WebinarRegistrationStatus.Registered;
        var link = seated && webinar.Format == WebinarFormat.Online ? webinar.JoinLink : null;
        var changedAt = webinar.UpdatedAt > registration.UpdatedAt ? webinar.UpdatedAt : registration.UpdatedAt;
        return new CalendarEntry(
            $"webinar-registration-{registration.Id}@skills-network.west-midlands",
            registration.Status == WebinarRegistrationStatus.Waitlisted && !cancelled ? $"Webinar (waiting list): {webinar.Title}" : $"Webinar: {webinar.Title}",
            Describe(webinar, registration, cancelled),
            webinar.StartsAt,
            webinar.DurationMinutes,
            webinar.TimeZone,
            webinar.Format == WebinarFormat.InPerson ? webinar.VenuePostcode : link,
            link is null ? null : new Uri(link),
            Sequence(webinar, changedAt) + (cancelled ? 1 : 0),
            cancelled ? CalendarEntryStatus.Cancelled : seated ? CalendarEntryStatus.Confirmed : CalendarEntryStatus.Tentative,
            changedAt);
    }

    /// <summary>
    /// Neither the webinar nor the registration counts its changes, so the seconds from the webinar's creation to the latest change
    /// of either stand in: they grow with every change (a new time, a seat from the waiting list), as SEQUENCE must. A cancellation,
    /// the last change there is, adds one more, so that it outranks a change made within the same second.
    /// </summary>
    private static int Sequence(Webinar webinar, DateTimeOffset changedAt) => (int)Math.Max(0, (changedAt - webinar.CreatedAt).TotalSeconds);

    private static string? Describe(Webinar webinar, WebinarRegistration registration, bool cancelled) =>
        webinar.Status == WebinarStatus.Cancelled ? $"Cancelled by the organiser: {webinar.CancellationReason}"
        : cancelled ? "You cancelled your registration."
        : registration.Status == WebinarRegistrationStatus.Waitlisted ? $"You are on the waiting list; you will get a seat if one frees. {webinar.Description}".TrimEnd()
        : webinar.Description;
}
