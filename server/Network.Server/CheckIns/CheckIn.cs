using System.ComponentModel.DataAnnotations.Schema;

namespace Network.Server.CheckIns;

/// <summary>A coordinator's check-in on a programme pairing: what they found and the actions agreed, with the health they saw.</summary>
[Table("check_ins")]
public sealed class CheckIn
{
    public int Id { get; set; }

    public int PairingId { get; set; }

    public int ProgrammeId { get; set; }

    public required string Note { get; set; }

    public List<string> Actions { get; set; } = [];

    /// <summary>When the coordinator means to look again; null when not set.</summary>
    public DateOnly? FollowUpOn { get; set; }

    /// <summary>The pairing's health when the check-in was recorded.</summary>
    public PairingHealthStatus HealthStatus { get; set; }

    public required string CoordinatorSubject { get; set; }

    public DateTimeOffset RecordedAt { get; set; }
}
