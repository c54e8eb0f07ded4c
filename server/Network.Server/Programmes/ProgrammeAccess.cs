using System.Linq.Expressions;
using Network.Server.Identity;

namespace Network.Server.Programmes;

/// <summary>
/// Who may see and run programmes. Published programmes (every status but DRAFT) are public, so that
/// employers and mentors can find one to join; a draft is seen by its coordinators and administrators.
/// A programme is run by its coordinators (the coordinator who created it and those they added) and administrators.
/// </summary>
public static class ProgrammeAccess
{
    public static bool Coordinates(Caller caller, Programme programme) =>
        caller.IsAdmin || (caller.Is(Role.Coordinator) && caller.Subject is { } subject && programme.CoordinatorSubjects.Contains(subject));

    public static bool IsVisible(Caller caller, Programme programme) => programme.Status != ProgrammeStatus.Draft || Coordinates(caller, programme);

    /// <summary>The condition for database queries, or null when the caller sees every programme.</summary>
    public static Expression<Func<Programme, bool>>? Filter(Caller caller)
    {
        if (caller.IsAdmin)
        {
            return null;
        }

        if (caller.Is(Role.Coordinator) && caller.Subject is { } subject)
        {
            return p => p.Status != ProgrammeStatus.Draft || p.CoordinatorSubjects.Contains(subject);
        }

        return p => p.Status != ProgrammeStatus.Draft;
    }

    /// <summary>Whether the caller may see an enrolment: the mentor, their employer's admins, and the programme's coordinators.</summary>
    public static bool SeesEnrolment(Caller caller, Programme programme, ProgrammeEnrolment enrolment) =>
        caller.ManagesMentor(enrolment.MentorId, enrolment.EmployerId) || Coordinates(caller, programme);
}
