using System.Collections.Frozen;
using Network.Server.Identity;
using Network.Server.Mentors;
using Network.Server.Scoring;

namespace Network.Server.Pairings;

/// <summary>
/// The pairing's lifecycle, in one place: PROPOSED → ACCEPTED (every required acceptance in) → ACTIVE →
/// COMPLETED, or DECLINED, or ENDED; an ACTIVE pairing may be PAUSED and resumed. Each change checks the
/// status it starts from, stamps its time and who acted, and appends its event to the history. Callers
/// lock the pairing and save it.
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
        // A paused pairing is resumed before it completes: completion says the partners met their goals,
        // which a pause (a concern being looked into) leaves open. It may end at once, though.
        [PairingChange.Complete] = [PairingStatus.Active],
        [PairingChange.End] = [PairingStatus.Accepted, PairingStatus.Active, PairingStatus.Paused],
        [PairingChange.Leave] = OpenStatuses,
        [PairingChange.Pause] = [PairingStatus.Active],
        [PairingChange.Resume] = [PairingStatus.Paused],
        [PairingChange.Block] = OpenStatuses,
    }.ToFrozenDictionary();

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
        PausedAt = null;
    }

    /// <summary>
    /// Holds an active pairing while a concern is looked into: it stays open and keeps both mentors'
    /// places, but the partners no longer see each other's contact details. <paramref name="note"/> goes
    /// into the history with the change.
    /// </summary>
    public void Pause(Caller by, string? note, DateTimeOffset at)
    {
        PausedAt = at;
        MoveTo(PairingChange.Pause, PairingStatus.Paused, PairingEventType.Paused, by, at, note);
    }

    /// <summary>Makes a paused pairing active again.</summary>
    public void Resume(Caller by, string? note, DateTimeOffset at)
    {
        MoveTo(PairingChange.Resume, PairingStatus.Active, PairingEventType.Resumed, by, at, note);
        PausedAt = null;
    }

    /// <summary>One of the mentors leaves the programme: a proposal is declined, an accepted, active or paused pairing ends (LEFT_PROGRAMME).</summary>
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

    /// <summary>
    /// One mentor blocks the other: a proposal is declined without a reason and an accepted, active or
    /// paused pairing ends as not working for them (MISMATCH), just as either partner may decline or end
    /// one, so that nothing the other mentor sees tells them of the block.
    /// </summary>
    public void CloseForBlock(Caller by, DateTimeOffset at)
    {
        EnsureAllows(PairingChange.Block);
        if (Status == PairingStatus.Proposed)
        {
            Decline(by, null, at);
        }
        else
        {
            End(by, PairingEndReason.Mismatch, null, at);
        }
    }

    private void MoveTo(PairingChange change, PairingStatus to, PairingEventType type, Caller by, DateTimeOffset at, string? note = null)
    {
        EnsureAllows(change);
        var from = Status;
        Status = to;
        UpdatedAt = at;
        Events.Add(Event(type, from, to, null, by, at, note));
    }

    /// <summary>An event that leaves the status as it is: the proposal, and each side's acceptance or approval.</summary>
    private void Record(PairingEventType type, int? mentorId, Caller by, DateTimeOffset at) =>
        Events.Add(Event(type, type == PairingEventType.Proposed ? null : Status, Status, mentorId, by, at, null));

    private static PairingEvent Event(PairingEventType type, PairingStatus? from, PairingStatus to, int? mentorId, Caller by, DateTimeOffset at, string? note) => new()
    {
        Type = type,
        FromStatus = from,
        ToStatus = to,
        MentorId = mentorId,
        ActorSubject = Subject(by),
        ActorRoles = RoleNames.Join(by),
        OccurredAt = at,
        Note = note,
    };

    private void EnsureAllows(PairingChange change)
    {
        if (!Allows(change))
        {
            throw new InvalidOperationException($"A {Status} pairing does not allow {change}.");
        }
    }

    private static string Subject(Caller caller) => caller.Subject ?? "anonymous";
}
