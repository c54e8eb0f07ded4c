namespace Network.Server.Webinars;

/// <summary>Where an invitation to a webinar stands. Stored as numbers; members are only appended.</summary>
public enum WebinarInvitationStatus
{
    /// <summary>Sent, not yet answered.</summary>
    Invited,

    Accepted,

    Declined,
}
