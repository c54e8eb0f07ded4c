using GraphQL.Types;
using Network.Server.Identity;

namespace Network.Server.Auditing;

public sealed class AuditEntryGraphType : ObjectGraphType<AuditEntry>
{
    public AuditEntryGraphType()
    {
        Name = "AuditEntry";
        Description = "An action taken on a person's data.";
        Field(a => a.OccurredAt);
        Field(a => a.Action).Description("The mutation that acted, e.g. `updateMentor`.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RoleGraphType>>>>("actorRoles")
            .Description("The roles of whoever acted.")
            .Resolve(c => RoleNames.Parse(c.Source.ActorRoles));
    }
}
