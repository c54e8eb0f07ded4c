using System.ComponentModel.DataAnnotations.Schema;
using Network.Server.Mentors;

namespace Network.Server.Pairings;

/// <summary>
/// Two mentors of different employers who teach each other. The database holds both mentors with their
/// employers, in canonical order (side A has the lower mentor ID), and refuses a pair of colleagues, a
/// pair out of order and a second open pairing of the same two mentors.
/// </summary>
[Table("pairings")]
public sealed partial class Pairing
{
    public int Id { get; set; }

    public int MentorAId { get; set; }

    /// <summary>Side A's employer, held with the mentor so that the database can compare the two.</summary>
    public int EmployerAId { get; set; }

    public int MentorBId { get; set; }

    public int EmployerBId { get; set; }

    public PairingStatus Status { get; set; }

    /// <summary>How the partners meet.</summary>
    public MentoringFormat Format { get; set; }

    /// <summary>The pair's matching score when it was proposed.</summary>
    public double Score { get; set; }

    /// <summary>The skills that flow each way, as scored when the pairing was proposed.</summary>
    public List<PairingSkill> Skills { get; set; } = [];

    public required string ProposedBySubject { get; set; }

    /// <summary>The proposer's roles, comma-separated GraphQL names.</summary>
    public required string ProposedByRoles { get; set; }

    public DateTimeOffset ProposedAt { get; set; }

    public DateTimeOffset? MentorAAcceptedAt { get; set; }

    public DateTimeOffset? MentorBAcceptedAt { get; set; }

    /// <summary>Whether side A's employer required its approval when the pairing was proposed.</summary>
    public bool EmployerAApprovalRequired { get; set; }

    public bool EmployerBApprovalRequired { get; set; }

    public DateTimeOffset? EmployerAApprovedAt { get; set; }

    public DateTimeOffset? EmployerBApprovedAt { get; set; }

    public DateTimeOffset? AcceptedAt { get; set; }

    public DateTimeOffset? ActivatedAt { get; set; }

    public DateTimeOffset? CompletedAt { get; set; }

    public DateTimeOffset? DeclinedAt { get; set; }

    public DateTimeOffset? EndedAt { get; set; }

    /// <summary>When the current pause began; null unless the pairing is PAUSED.</summary>
    public DateTimeOffset? PausedAt { get; set; }

    public string? DeclinedBySubject { get; set; }

    public string? DeclinedByRoles { get; set; }

    public string? DeclineReason { get; set; }

    public PairingEndReason? EndReason { get; set; }

    public string? EndNote { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public List<PairingEvent> Events { get; set; } = [];

    /// <summary>PROPOSED, ACCEPTED, ACTIVE and PAUSED pairings are open: two mentors have at most one.</summary>
    public static readonly PairingStatus[] OpenStatuses = [PairingStatus.Proposed, PairingStatus.Accepted, PairingStatus.Active, PairingStatus.Paused];

    /// <summary>ACCEPTED, ACTIVE and PAUSED pairings count against a mentor's capacity.</summary>
    public static readonly PairingStatus[] HeldStatuses = [PairingStatus.Accepted, PairingStatus.Active, PairingStatus.Paused];

    /// <summary>
    /// In ACCEPTED and ACTIVE pairings the partners see each other's contact details; not while PAUSED, as a
    /// pause is how a concern about the pairing is looked into.
    /// </summary>
    public static readonly PairingStatus[] ContactStatuses = [PairingStatus.Accepted, PairingStatus.Active];

    public int MentorId(PairingSide side) => side == PairingSide.A ? MentorAId : MentorBId;

    public int EmployerId(PairingSide side) => side == PairingSide.A ? EmployerAId : EmployerBId;

    public DateTimeOffset? MentorAcceptedAt(PairingSide side) => side == PairingSide.A ? MentorAAcceptedAt : MentorBAcceptedAt;

    public bool EmployerApprovalRequired(PairingSide side) => side == PairingSide.A ? EmployerAApprovalRequired : EmployerBApprovalRequired;

    public DateTimeOffset? EmployerApprovedAt(PairingSide side) => side == PairingSide.A ? EmployerAApprovedAt : EmployerBApprovedAt;

    /// <summary>Whether everything this side must give is in: its mentor's acceptance and, where required, its employer's approval.</summary>
    public bool HasAccepted(PairingSide side) =>
        MentorAcceptedAt(side) is not null && (!EmployerApprovalRequired(side) || EmployerApprovedAt(side) is not null);
}
