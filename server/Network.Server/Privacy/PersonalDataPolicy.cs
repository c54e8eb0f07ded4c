using Network.Server.Identity;

namespace Network.Server.Privacy;

/// <summary>The one rule for reading personal data.</summary>
public static class PersonalDataPolicy
{
    /// <summary>
    /// The person sees their own data; their employer's admins and administrators see it too. Contact
    /// details follow the same rule (an accepted pairing partner is added with pairings). Coordinators,
    /// organisers, partners, other mentors and anonymous callers see none of it.
    /// </summary>
    public static bool MaySee(Caller caller, DataSubject subject, PersonalDataKind kind) =>
        caller.ManagesMentor(subject.MentorId, subject.EmployerId);
}
