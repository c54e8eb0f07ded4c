using Network.Server.Identity;

namespace Network.Server.Webinars;

/// <summary>Who sees and answers an invitation: the invited mentor, or the invited employer's admins; and the webinar's organiser, who sent it.</summary>
public static class WebinarInvitationAccess
{
    /// <summary>Whether the caller answers the invitation: the mentor themself, or an admin of the employer.</summary>
    public static bool IsInvitee(Caller caller, WebinarInvitation invitation) =>
        invitation.MentorId is { } mentorId ? caller.IsMentor(mentorId) : caller.EmployerId == invitation.EmployerId;

    /// <summary>An invitation is seen by its invitee and by the webinar's organiser and administrators.</summary>
    public static bool Sees(Caller caller, Webinar webinar, WebinarInvitation invitation) =>
        IsInvitee(caller, invitation) || WebinarAccess.Organises(caller, webinar);
}
