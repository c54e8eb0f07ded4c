using Network.Server.Identity;

namespace Network.Server.Mentors;

/// <summary>Who may read mentors at all, and which mentors each caller may see.</summary>
public static class MentorAccess
{
    /// <summary>Mentors are people: anonymous callers and regional partners (who see aggregates only) cannot list them.</summary>
    public static readonly Role[] Readers = [Role.EmployerAdmin, Role.Mentor, Role.Coordinator, Role.Organiser, Role.Admin];

    private static readonly HashSet<Role> ReaderSet = [.. Readers];

    /// <summary>Active mentors are visible to every reader; a withdrawn one only to those who manage the profile.</summary>
    public static bool IsVisible(Caller caller, Mentor mentor) =>
        caller.IsAny(ReaderSet) && (mentor.Status == MentorStatus.Active || caller.ManagesMentor(mentor.Id, mentor.EmployerId));
}
