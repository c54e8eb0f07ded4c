using System.Collections.Frozen;

namespace Network.Server.Programmes;

/// <summary>
/// The programme's lifecycle in one place: DRAFT → RECRUITING → RUNNING → COMPLETED, or CANCELLED from
/// any status before COMPLETED; and which statuses allow its details to change, enrolment and pairing.
/// </summary>
public sealed partial class Programme
{
    private static readonly FrozenDictionary<ProgrammeChange, ProgrammeStatus[]> StartingStatuses = new Dictionary<ProgrammeChange, ProgrammeStatus[]>
    {
        [ProgrammeChange.Open] = [ProgrammeStatus.Draft],
        [ProgrammeChange.Start] = [ProgrammeStatus.Recruiting],
        [ProgrammeChange.Complete] = [ProgrammeStatus.Running],
        [ProgrammeChange.Cancel] = [ProgrammeStatus.Draft, ProgrammeStatus.Recruiting, ProgrammeStatus.Running],
        [ProgrammeChange.Edit] = [ProgrammeStatus.Draft, ProgrammeStatus.Recruiting],
        [ProgrammeChange.Enrol] = [ProgrammeStatus.Recruiting, ProgrammeStatus.Running],
        [ProgrammeChange.Pair] = [ProgrammeStatus.Recruiting, ProgrammeStatus.Running],
        [ProgrammeChange.SetObjectives] = [ProgrammeStatus.Draft, ProgrammeStatus.Recruiting, ProgrammeStatus.Running],
    }.ToFrozenDictionary();

    /// <summary>The statuses <paramref name="change"/> starts from.</summary>
    public static IReadOnlyList<ProgrammeStatus> StartsFrom(ProgrammeChange change) => StartingStatuses[change];

    public bool Allows(ProgrammeChange change) => StartingStatuses[change].Contains(Status);

    /// <summary>Whether employers may join and mentors enrol on <paramref name="today"/>.</summary>
    public bool IsEnrolling(DateOnly today) => Allows(ProgrammeChange.Enrol) && today <= EnrolmentClosesOn;

    public void Open(DateTimeOffset at)
    {
        OpenedAt = at;
        MoveTo(ProgrammeChange.Open, ProgrammeStatus.Recruiting, at);
    }

    public void Start(DateTimeOffset at)
    {
        StartedAt = at;
        MoveTo(ProgrammeChange.Start, ProgrammeStatus.Running, at);
    }

    public void Complete(DateTimeOffset at)
    {
        CompletedAt = at;
        MoveTo(ProgrammeChange.Complete, ProgrammeStatus.Completed, at);
    }

    public void Cancel(string reason, DateTimeOffset at)
    {
        CancelledAt = at;
        CancellationReason = reason;
        MoveTo(ProgrammeChange.Cancel, ProgrammeStatus.Cancelled, at);
    }

    private void MoveTo(ProgrammeChange change, ProgrammeStatus status, DateTimeOffset at)
    {
        if (!Allows(change))
        {
            throw new InvalidOperationException($"A {Status} programme cannot {change}.");
        }

        Status = status;
        UpdatedAt = at;
    }
}
