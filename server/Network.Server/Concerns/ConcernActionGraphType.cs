using GraphQL.Types;

namespace Network.Server.Concerns;

public sealed class ConcernActionGraphType : ObjectGraphType<ConcernActionRecord>
{
    public ConcernActionGraphType()
    {
        Name = "ConcernAction";
        Description = "One thing a coordinator did about a concern.";
        Field(a => a.Action);
        Field(a => a.Status).Description("The concern's status after the action.");
        Field(a => a.Note, nullable: true);
        Field(a => a.ActorSubject).Description("The identity-provider subject of the coordinator or administrator who acted.");
        Field(a => a.ActedAt);
    }
}
