using System.ComponentModel.DataAnnotations.Schema;
using Network.Server.Mentors;
using Network.Server.Pairings;

namespace Network.Server.Agreements;

/// <summary>
/// One version of what the two mentors of a pairing agree: how often and how they meet, what each wants to
/// learn, and that each keeps what is said in confidence. A version is agreed once both sides confirmed it,
/// each acknowledging confidentiality; a later version supersedes it, and it stays as history.
/// </summary>
[Table("pairing_agreements")]
public sealed class PairingAgreement
{
    public int Id { get; set; }

    public int PairingId { get; set; }

    /// <summary>1 for the pairing's first agreement, one more for each proposal after it.</summary>
    public int Version { get; set; }

    /// <summary>A session every this many weeks.</summary>
    public int EveryWeeks { get; set; }

    public MentoringFormat Format { get; set; }

    public int ProposedByMentorId { get; set; }

    public DateTimeOffset ProposedAt { get; set; }

    public DateTimeOffset? MentorAConfirmedAt { get; set; }

    public DateTimeOffset? MentorBConfirmedAt { get; set; }

    public DateTimeOffset? MentorAConfidentialityAcknowledgedAt { get; set; }

    public DateTimeOffset? MentorBConfidentialityAcknowledgedAt { get; set; }

    /// <summary>What the mentors want to learn, in the order proposed.</summary>
    public List<AgreementGoal> Goals { get; set; } = [];

    public DateTimeOffset? ConfirmedAt(PairingSide side) => side == PairingSide.A ? MentorAConfirmedAt : MentorBConfirmedAt;

    public DateTimeOffset? ConfidentialityAcknowledgedAt(PairingSide side) =>
        side == PairingSide.A ? MentorAConfidentialityAcknowledgedAt : MentorBConfidentialityAcknowledgedAt;

    /// <summary>Whether both sides confirmed this version.</summary>
    public bool IsAgreed => MentorAConfirmedAt is not null && MentorBConfirmedAt is not null;

    /// <summary>When the second side confirmed; null until both have.</summary>
    public DateTimeOffset? AgreedAt => IsAgreed ? (MentorAConfirmedAt > MentorBConfirmedAt ? MentorAConfirmedAt : MentorBConfirmedAt) : null;

    /// <summary>Confirms the version for <paramref name="side"/>, its mentor acknowledging confidentiality; false when that side had already confirmed.</summary>
    public bool Confirm(PairingSide side, DateTimeOffset at)
    {
        if (ConfirmedAt(side) is not null)
        {
            return false;
        }

        if (side == PairingSide.A)
        {
            MentorAConfirmedAt = at;
            MentorAConfidentialityAcknowledgedAt = at;
        }
        else
        {
            MentorBConfirmedAt = at;
            MentorBConfidentialityAcknowledgedAt = at;
        }

        return true;
    }
}
