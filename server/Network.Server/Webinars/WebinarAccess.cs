using System.Linq.Expressions;
using Network.Server.Identity;

namespace Network.Server.Webinars;

/// <summary>
/// Who may see and run webinars. Published webinars (every status but DRAFT) are public, so that people
/// can find one to attend; a draft is seen by its organiser and administrators, who alone run it.
/// </summary>
public static class WebinarAccess
{
    public static bool Organises(Caller caller, Webinar webinar) =>
        caller.IsAdmin || (caller.Is(Role.Organiser) && caller.Subject is { } subject && webinar.OrganiserSubject == subject);

    public static bool IsVisible(Caller caller, Webinar webinar) => webinar.Status != WebinarStatus.Draft || Organises(caller, webinar);

    /// <summary>Whether the caller made the registration: the mentor themself, or an admin of the employer.</summary>
    public static bool IsRegistrant(Caller caller, WebinarRegistration registration) =>
        registration.MentorId is { } mentorId ? caller.IsMentor(mentorId) : caller.EmployerId == registration.EmployerId;

    /// <summary>A registration is seen by its registrant and by the webinar's organiser and administrators.</summary>
    public static bool Sees(Caller caller, Webinar webinar, WebinarRegistration registration) =>
        IsRegistrant(caller, registration) || Organises(caller, webinar);

    /// <summary>Whether the caller sees how to join: its organiser, administrators, and those holding a seat (not those waiting for one).</summary>
    public static bool SeesJoinLink(Caller caller, Webinar webinar, WebinarRegistration? mine) =>
        Organises(caller, webinar) || (mine is { Status: WebinarRegistrationStatus.Registered } && IsRegistrant(caller, mine));

    /// <summary>The condition for database queries, or null when the caller sees every webinar.</summary>
    public static Expression<Func<Webinar, bool>>? Filter(Caller caller)
    {
        if (caller.IsAdmin)
        {
            return null;
        }

        if (caller.Is(Role.Organiser) && caller.Subject is { } subject)
        {
            return w => w.Status != WebinarStatus.Draft || w.OrganiserSubject == subject;
        }

        return w => w.Status != WebinarStatus.Draft;
    }
}
