namespace Network.Server.Webinars;

/// <summary>Where a registration for a webinar stands. Stored as numbers; members are only appended.</summary>
public enum WebinarRegistrationStatus
{
    /// <summary>Holds a seat.</summary>
    Registered,

    /// <summary>On the waiting list, in the order registered; moves up when a seat frees.</summary>
    Waitlisted,

    /// <summary>Given up by the registrant (or by their leaving the network).</summary>
    Cancelled,

    /// <summary>Was REGISTERED or WAITLISTED when the organiser cancelled the webinar: the registrant's notice of the cancellation.</summary>
    WebinarCancelled,
}
