using System.ComponentModel.DataAnnotations.Schema;

namespace Network.Server.Concerns;

/// <summary>One thing a coordinator did about a concern: the concern's history, kept besides the audit log.</summary>
[Table("concern_actions")]
public sealed class ConcernActionRecord
{
    public int Id { get; set; }

    public int ConcernId { get; set; }

    public ConcernTriageAction Action { get; set; }

    /// <summary>The concern's status after the action.</summary>
    public ConcernStatus Status { get; set; }

    public string? Note { get; set; }

    public required string ActorSubject { get; set; }

    public DateTimeOffset ActedAt { get; set; }
}
