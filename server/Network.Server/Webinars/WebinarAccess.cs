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

    /// <summary>Whether the caller sees how to join: for now its organiser and administrators (registered people once registration exists).</summary>
    public static bool SeesJoinLink(Caller caller, Webinar webinar) => Organises(caller, webinar);

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
