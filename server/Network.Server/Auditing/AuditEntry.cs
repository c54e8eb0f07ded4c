using System.ComponentModel.DataAnnotations.Schema;

namespace Network.Server.Auditing;

/// <summary>
/// One action taken on a person's data: who acted (the token's subject and roles), what they did
/// (the mutation's name) and to whom. It holds no personal data of the person acted on.
/// </summary>
[Table("audit_entries")]
public sealed class AuditEntry
{
    public long Id { get; set; }

    public DateTimeOffset OccurredAt { get; set; }

    public required string ActorSubject { get; set; }

    /// <summary>The actor's roles when they acted, comma-separated GraphQL names.</summary>
    public required string ActorRoles { get; set; }

    public required string Action { get; set; }

    public required string SubjectType { get; set; }

    public int SubjectId { get; set; }
}
