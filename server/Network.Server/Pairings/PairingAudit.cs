using Network.Server.Auditing;
using Network.Server.GraphQL.Mutations;
using Network.Server.Identity;

namespace Network.Server.Pairings;

public static class PairingAudit
{
    /// <summary>Employer admins', coordinators' and administrators' actions on two people's pairing go to the audit log, once for each mentor.</summary>
    public static void AuditPairing(this MutationContext m, Pairing pairing) =>
        m.AuditPairing(pairing, m.Context.FieldDefinition.Name);

    /// <summary>As <see cref="AuditPairing(MutationContext, Pairing)"/>, naming the action <paramref name="action"/> rather than after the mutation.</summary>
    public static void AuditPairing(this MutationContext m, Pairing pairing, string action)
    {
        if (!PairingAccess.IsMentorOf(m.Caller(), pairing))
        {
            m.Audit("Mentor", pairing.MentorAId, action);
            m.Audit("Mentor", pairing.MentorBId, action);
        }
    }
}
