using Network.Server.GraphQL.Mutations;
using Network.Server.Identity;

namespace Network.Server.Auditing;

public static class MutationAuditExtensions
{
    /// <summary>
    /// Records this mutation, acting on <paramref name="subjectType"/> <paramref name="subjectId"/>, in the
    /// audit log, once however many of its parts touch that subject; saved with the change.
    /// </summary>
    public static void Audit(this MutationContext m, string subjectType, int subjectId)
    {
        var entries = m.Db.AuditEntries;
        if (entries.Local.Any(a => a.SubjectType == subjectType && a.SubjectId == subjectId))
        {
            return;
        }

        entries.Add(AuditLog.Entry(m.Caller(), m.Context.FieldDefinition.Name, subjectType, subjectId, m.Clock.GetUtcNow()));
    }
}
