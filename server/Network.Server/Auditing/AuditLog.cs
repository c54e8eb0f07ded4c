using Network.Server.Identity;

namespace Network.Server.Auditing;

public static class AuditLog
{
    /// <summary>The entry for <paramref name="actor"/> doing <paramref name="action"/> to <paramref name="subjectType"/> <paramref name="subjectId"/>.</summary>
    public static AuditEntry Entry(Caller actor, string action, string subjectType, int subjectId, DateTimeOffset occurredAt) => new()
    {
        OccurredAt = occurredAt,
        ActorSubject = actor.Subject ?? "anonymous",
        ActorRoles = RoleNames.Join(actor),
        Action = action,
        SubjectType = subjectType,
        SubjectId = subjectId,
    };
}
