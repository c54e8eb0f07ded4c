using Network.Server.Identity;

namespace Network.Server.Privacy;

/// <summary>The one rule for reading personal data.</summary>
public static class PersonalDataPolicy
{
    /// <summary>
    /// The person sees their own data; their employer's admins and administrators see it too. Contact
    /// details are also visible to the person's partners in an ACCEPTED or ACTIVE pairing
    /// (<paramref name="acceptedPartners"/>: the mentors the calling mentor is so paired with). Coordinators,
    /// organisers, partners, other mentors and anonymous callers see none of it.
    /// </summary>
    public static bool MaySee(Caller caller, DataSubject subject, PersonalDataKind kind, IReadOnlySet<int>? acceptedPartners = null) =>
        caller.ManagesMentor(subject.MentorId, subject.EmployerId)
        || (kind == PersonalDataKind.Contact && acceptedPartners is not null && acceptedPartners.Contains(subject.MentorId));

    /// <summary>
    /// Whether the answer for this caller depends on their accepted pairing partners: only for contact
    /// details asked for by a mentor who does not already see them. Everyone else is answered without
    /// loading pairings.
    /// </summary>
    public static bool DependsOnPartners(Caller caller, DataSubject subject, PersonalDataKind kind) =>
        kind == PersonalDataKind.Contact && caller.MentorId is not null && !MaySee(caller, subject, kind);
}
