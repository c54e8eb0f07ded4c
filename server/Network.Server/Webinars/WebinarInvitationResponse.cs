namespace Network.Server.Webinars;

/// <summary>An invitee's answer to an invitation.</summary>
public enum WebinarInvitationResponse
{
    Accept,
    Decline,
}
