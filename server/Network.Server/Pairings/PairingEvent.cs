using System.ComponentModel.DataAnnotations.Schema;

namespace Network.Server.Pairings;

/// <summary>
/// One change to a pairing, written in the same transaction as the change: the pairing's history, and
/// the record that real-time subscriptions publish. Like the audit log it names the actor by the
/// token's subject and roles.
/// </summary>
[Table("pairing_events")]
public sealed class PairingEvent
{
    public long Id { get; set; }

    public int PairingId { get; set; }

    public PairingEventType Type { get; set; }

    /// <summary>The status before the change; null for the proposal.</summary>
    public PairingStatus? FromStatus { get; set; }

    public PairingStatus ToStatus { get; set; }

    /// <summary>The mentor whose side an acceptance or approval was given for; null for changes to the whole pairing.</summary>
    public int? MentorId { get; set; }

    public required string ActorSubject { get; set; }

    /// <summary>The actor's roles when they acted, comma-separated GraphQL names.</summary>
    public required string ActorRoles { get; set; }

    public DateTimeOffset OccurredAt { get; set; }

    /// <summary>What the actor wrote with the change: why a pairing was paused or resumed; null for other changes.</summary>
    public string? Note { get; set; }
}
