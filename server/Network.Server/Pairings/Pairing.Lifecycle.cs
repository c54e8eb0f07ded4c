using System.Collections.Frozen;
using Network.Server.Identity;
using Network.Server.Mentors;
using Network.Server.Scoring;

namespace Network.Server.Pairings;

/// <summary>
/// The pairing's lifecycle, in one place: PROPOSED → ACCEPTED (every required acceptance in) → ACTIVE →
/// COMPLETED, or DECLINED, or ENDED. Each change checks the status it starts from, stamps its time and
/// who acted, and appends its event to the history. Callers lock the pairing and save it.
/// </summary>
public sealed partial class Pairing
{
    /// <summary>The reason a proposal is declined with when one of its mentors leaves the programme.</summary>
    public const string LeftProgrammeReason = "The mentor left the programme.";

    private static readonly FrozenDictionary<PairingChange, PairingStatus[]> StartingStatuses = new Dictionary<PairingChange, PairingStatus[]>
    {
        [PairingChange.Accept] = [PairingStatus.Proposed],
        [PairingChange.Decline] = [PairingStatus.Proposed],
        [PairingChange.Activate] = [PairingStatus.Accepted],
        [PairingChange.Complete] = [PairingStatus.Active],
        [PairingChange.End] = [PairingStatus.Accepted, PairingStatus.Active],
        [PairingChange.Leave] = OpenStatuses,
    }.ToFrozenDictionary();

    private static readonly PairingSide[] Sides = [PairingSide.A, PairingSide.B];

    /// <summary>The statuses <paramref name="change"/> starts from.</summary>
    public static IReadOnlyList<PairingStatus> StartsFrom(PairingChange change) => StartingStatuses[change];

    public bool Allows(PairingChange change) => StartingStatuses[change].Contains(Status);

    /// <summary>
    /// Proposes a pairing of <paramref name="a"/> and <paramref name="b"/> (the lower mentor ID first) with
    /// the skills <paramref name="score"/> found flowing each way. A mentor who proposes has accepted for
    /// their side, and an employer admin who proposes has approved for theirs.
    /// </summary>
    public static Pairing Propose(Mentor a, Mentor b, MentoringFormat format, PairScore score, Caller by, DateTimeOffset at)
    {
        var pairing = new Pairing
        {
            MentorAId = a.Id,
            EmployerAId = a.EmployerId,
            MentorBId = b.Id,
            EmployerBId = b.EmployerId,
            Status = PairingStatus.Proposed,
            Format = format,
            Score = Math.Round(score.Score, 2),
            Skills =
            [
                .. score.Teaches.Select(f => new PairingSkill { Teacher = PairingSide.A, SkillId = f.SkillId, AddressesGap = f.AddressesGap }),
                .. score.Learns.Select(f => new PairingSkill { Teacher = PairingSide.B, SkillId = f.SkillId, AddressesGap = f.AddressesGap }),
            ],
            ProposedBySubject = Subject(by),
            ProposedByRoles = RoleNames.Join(by),
            ProposedAt = at,
            EmployerAApprovalRequired = a.Employer!.RequiresPairingApproval,
            EmployerBApprovalRequired = b.Employer!.RequiresPairingApproval,
            UpdatedAt = at,
        };
        pairing.Record(PairingEventType.Proposed, null, by, at);
        pairing.GiveAcceptances(by, at, forEverySide: false);
        return pairing;
    }

    /// <summary>
    /// Records the acceptances that are the caller's to give and still outstanding: a mentor's for
    /// themself, an employer admin's approval where their employer requires it, an administrator's for
    /// every side. False when there was none: accepting twice changes nothing.
    /// </summary>
    public bool Accept(Caller by, DateTimeOffset at)
    {
        EnsureAllows(PairingChange.Accept);
        if (!GiveAcceptances(by, at, forEverySide: by.IsAdmin))
        {
            return false;
        }

        UpdatedAt = at;
        return true;
    }

    /// <summary>Whether both sides have given everything they must: the mentor's acceptance and, where required, the employer's approval.</summary>
    public bool IsAcceptedByBothSides => HasAccepted(PairingSide.A) && HasAccepted(PairingSide.B);

    /// <summary>Makes the pairing ACCEPTED once both sides have accepted; the caller has checked the mentors' capacity.</summary>
    public void CompleteAcceptance(Caller by, DateTimeOffset at)
    {
        if (!IsAcceptedByBothSides)
        {
            throw new InvalidOperationException("A pairing is accepted only once both sides have accepted it.");
        }

        AcceptedAt = at;
        MoveTo(PairingChange.Accept, PairingStatus.Accepted, PairingEventType.Accepted, by, at);
    }

    public void Decline(Caller by, string? reason, DateTimeOffset at)
    {
        DeclinedAt = at;
        DeclinedBySubject = Subject(by);
        DeclinedByRoles = RoleNames.Join(by);
        DeclineReason = reason;
        MoveTo(PairingChange.Decline, PairingStatus.Declined, PairingEventType.Declined, by, at);
    }

    public void Activate(Caller by, DateTimeOffset at)
    {
        ActivatedAt = at;
        MoveTo(PairingChange.Activate, PairingStatus.Active, PairingEventType.Activated, by, at);
    }

    public void Complete(Caller by, DateTimeOffset at)
    {
        CompletedAt = at;
        MoveTo(PairingChange.Complete, PairingStatus.Completed, PairingEventType.Completed, by, at);
    }

    public void End(Caller by, PairingEndReason reason, string? note, DateTimeOffset at)
    {
        EndedAt = at;
        EndReason = reason;
        EndNote = note;
        MoveTo(PairingChange.End, PairingStatus.Ended, PairingEventType.Ended, by, at);
    }

    /// <summary>One of the mentors leaves the programme: a proposal is declined, an accepted or active pairing ends (LEFT_PROGRAMME).</summary>
    public void Leave(Caller by, DateTimeOffset at)
    {
        EnsureAllows(PairingChange.Leave);
        if (Status == PairingStatus.Proposed)
        {
            Decline(by, LeftProgrammeReason, at);
        }
        else
        {
            End(by, PairingEndReason.LeftProgramme, EndNote, at);
        }
    }

    private bool GiveAcceptances(Caller by, DateTimeOffset at, bool forEverySide)
    {
        var given = false;
        foreach (var side in Sides)
        {
            if ((forEverySide || by.IsMentor(MentorId(side))) && MentorAcceptedAt(side) is null)
            {
                SetMentorAcceptedAt(side, at);
                Record(PairingEventType.AcceptedByMentor, MentorId(side), by, at);
                given = true;
            }

            if ((forEverySide || by.EmployerId == EmployerId(side)) && EmployerApprovalRequired(side) && EmployerApprovedAt(side) is null)
            {
                SetEmployerApprovedAt(side, at);
                Record(PairingEventType.ApprovedByEmployer, MentorId(side), by, at);
                given = true;
            }
        }

        return given;
    }

    private void MoveTo(PairingChange change, PairingStatus to, PairingEventType type, Caller by, DateTimeOffset at)
    {
        EnsureAllows(change);
        var from = Status;
        Status = to;
        UpdatedAt = at;
        Events.Add(Event(type, from, to, null, by, at));
    }

    /// <summary>An event that leaves the status as it is: the proposal, and each side's acceptance or approval.</summary>
    private void Record(PairingEventType type, int? mentorId, Caller by, DateTimeOffset at) =>
        Events.Add(Event(type, type == PairingEventType.Proposed ? null : Status, Status, mentorId, by, at));

    private static PairingEvent Event(PairingEventType type, PairingStatus? from, PairingStatus to, int? mentorId, Caller by, DateTimeOffset at) => new()
    {
        Type = type,
        FromStatus = from,
        ToStatus = to,
        MentorId = mentorId,
        ActorSubject = Subject(by),
        ActorRoles = RoleNames.Join(by),
        OccurredAt = at,
    };

    private void EnsureAllows(PairingChange change)
    {
        if (!Allows(change))
        {
            throw new InvalidOperationException($"A {Status} pairing does not allow {change}.");
        }
    }

    private void SetMentorAcceptedAt(PairingSide side, DateTimeOffset at)
    {
        if (side == PairingSide.A)
        {
            MentorAAcceptedAt = at;
        }
        else
        {
            MentorBAcceptedAt = at;
        }
    }

    private void SetEmployerApprovedAt(PairingSide side, DateTimeOffset at)
    {
        if (side == PairingSide.A)
        {
            EmployerAApprovedAt = at;
        }
        else
        {
            EmployerBApprovedAt = at;
        }
    }

    private static string Subject(Caller caller) => caller.Subject ?? "anonymous";
}
