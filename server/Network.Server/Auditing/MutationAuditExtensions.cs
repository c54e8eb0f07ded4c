using Network.Server.GraphQL.Mutations;
using Network.Server.Identity;

namespace Network.Server.Auditing;

public static class MutationAuditExtensions
{
    /// <summary>
    /// Records this mutation, acting on <paramref name="subjectType"/> <paramref name="subjectId"/>, in the
    /// audit log, once however many of its parts touch that subject; saved with the change.
    /// </summary>
    public static void Audit(this MutationContext m, string subjectType, int subjectId) =>
        m.Audit(subjectType, subjectId, m.Context.FieldDefinition.Name);

    /// <summary>
    /// Records an action that is part of this mutation under a name of its own (<paramref name="action"/>),
    /// where the mutation's name would tell the person acted on more than the action did to them.
    /// </summary>
    public static void Audit(this MutationContext m, string subjectType, int subjectId, string action)
    {
        var entries = m.Db.AuditEntries;
        if (entries.Local.Any(a => a.SubjectType == subjectType && a.SubjectId == subjectId && a.Action == action))
        {
            return;
        }

        entries.Add(AuditLog.Entry(m.Caller(), action, subjectType, subjectId, m.Clock.GetUtcNow()));
    }
}
