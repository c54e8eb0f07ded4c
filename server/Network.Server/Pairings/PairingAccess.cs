using System.Linq.Expressions;
using Network.Server.Identity;

namespace Network.Server.Pairings;

/// <summary>Who may read pairings at all, and which pairings each caller sees.</summary>
public static class PairingAccess
{
    /// <summary>Mentors, employer admins, coordinators and administrators; anonymous callers, partners and organisers never see pairings.</summary>
    public static readonly Role[] Readers = [Role.Mentor, Role.EmployerAdmin, Role.Coordinator, Role.Admin];

    private static readonly Expression<Func<Pairing, bool>> None = p => false;

    /// <summary>Coordinators and administrators see every pairing.</summary>
    public static bool SeesAll(Caller caller) => caller.IsAdmin || caller.Is(Role.Coordinator);

    /// <summary>
    /// The condition for database queries, or null when the caller sees every pairing: a mentor sees their
    /// own pairings, an employer admin those of their employer's mentors.
    /// </summary>
    public static Expression<Func<Pairing, bool>>? Filter(Caller caller)
    {
        if (SeesAll(caller))
        {
            return null;
        }

        var mentorId = caller.MentorId;
        var employerId = caller.EmployerId;
        return (mentorId, employerId) switch
        {
            (null, null) => None,
            ({ } m, null) => p => p.MentorAId == m || p.MentorBId == m,
            (null, { } e) => p => p.EmployerAId == e || p.EmployerBId == e,
            ({ } m, { } e) => p => p.MentorAId == m || p.MentorBId == m || p.EmployerAId == e || p.EmployerBId == e,
        };
    }

    public static bool IsVisible(Caller caller, Pairing pairing) => SeesAll(caller) || IsParty(caller, pairing);

    /// <summary>One of the two mentors, or an admin of one of their employers.</summary>
    public static bool IsParty(Caller caller, Pairing pairing) =>
        IsMentorOf(caller, pairing) || caller.EmployerId == pairing.EmployerAId || caller.EmployerId == pairing.EmployerBId;

    public static bool IsMentorOf(Caller caller, Pairing pairing) => caller.IsMentor(pairing.MentorAId) || caller.IsMentor(pairing.MentorBId);
}
