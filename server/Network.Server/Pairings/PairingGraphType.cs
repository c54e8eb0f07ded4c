using GraphQL.Types;
using Network.Server.GraphQL;
using Network.Server.GraphQL.Relay;
using Network.Server.Identity;

namespace Network.Server.Pairings;

public sealed class PairingGraphType : ObjectGraphType<Pairing>
{
    public PairingGraphType()
    {
        Name = "Pairing";
        Description = "Two mentors of different employers who teach each other: PROPOSED → ACCEPTED → ACTIVE → COMPLETED, or DECLINED, or ENDED early; an active pairing may be PAUSED while a concern is looked into.";
        this.ImplementNode(p => p.Id);
        this.ReadableBy(PairingAccess.Readers);
        Field(p => p.Status);
        Field(p => p.Format).Description("How the partners meet.");
        Field(p => p.Score).Description("The pair's matching score when the pairing was proposed.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PairingParticipantGraphType>>>>("participants")
            .Description("The two sides, the mentor with the lower ID first: each with the skills it teaches and its acceptance.")
            .Resolve(c => new[] { new PairingParticipant(c.Source, PairingSide.A), new PairingParticipant(c.Source, PairingSide.B) });
        Field(p => p.ProposedAt);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RoleGraphType>>>>("proposedByRoles")
            .Description("The roles of whoever proposed the pairing.")
            .Resolve(c => RoleNames.Parse(c.Source.ProposedByRoles));
        Field(p => p.AcceptedAt, nullable: true).Description("When the last required acceptance came in.");
        Field(p => p.ActivatedAt, nullable: true);
        Field(p => p.CompletedAt, nullable: true);
        Field(p => p.DeclinedAt, nullable: true);
        Field<ListGraphType<NonNullGraphType<RoleGraphType>>>("declinedByRoles")
            .Description("The roles of whoever declined the pairing; null unless declined.")
            .Resolve(c => c.Source.DeclinedByRoles is null ? null : RoleNames.Parse(c.Source.DeclinedByRoles));
        Field(p => p.DeclineReason, nullable: true);
        Field(p => p.EndedAt, nullable: true);
        Field(p => p.EndReason, nullable: true);
        Field(p => p.EndNote, nullable: true);
        Field(p => p.PausedAt, nullable: true).Description("When the current pause began; null unless the pairing is PAUSED.");
        Field<NonNullGraphType<BooleanGraphType>>("isPaused")
            .Description("Whether the pairing is PAUSED: held while a concern is looked into, with no sessions until it is resumed.")
            .Resolve(c => c.Source.Status == PairingStatus.Paused);
        Field(p => p.UpdatedAt);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PairingEventGraphType>>>>("history")
            .Description("Every change to the pairing, oldest first.")
            .Resolve(c => c.Service<PairingEventsByPairingIdDataLoader>().LoadAsync(c.Source.Id));
    }
}
