using Network.Server.Identity;

namespace Network.Server.Pairings;

/// <summary>
/// The acceptances a proposal waits for: each side's mentor and, where that side's employer requires it,
/// an admin of the employer. Part of the lifecycle in <c>Pairing.Lifecycle.cs</c>.
/// </summary>
public sealed partial class Pairing
{
    private static readonly PairingSide[] Sides = [PairingSide.A, PairingSide.B];

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
}
