using GraphQL.Types;
using Network.Server.GraphQL;
using Network.Server.Identity;
using Network.Server.Mentors;

namespace Network.Server.Pairings;

public sealed class PairingEventGraphType : ObjectGraphType<PairingEvent>
{
    public PairingEventGraphType()
    {
        Name = "PairingEvent";
        Description = "A change to a pairing.";
        Field(e => e.Type);
        Field(e => e.FromStatus, nullable: true).Description("The status before the change; null for the proposal.");
        Field(e => e.ToStatus).Description("The status after the change; an acceptance that leaves others outstanding keeps it PROPOSED.");
        Field<MentorGraphType>("mentor")
            .Description("The mentor whose side an acceptance or approval was given for; null for changes to the whole pairing.")
            .Resolve(c => c.Source.MentorId is { } id ? c.Service<MentorByIdDataLoader>().LoadAsync(id) : null);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RoleGraphType>>>>("actorRoles")
            .Description("The roles of whoever acted.")
            .Resolve(c => RoleNames.Parse(c.Source.ActorRoles));
        Field(e => e.OccurredAt);
        Field(e => e.Note, nullable: true).Description("What whoever acted wrote with the change: why the pairing was paused or resumed; null for other changes.");
    }
}
