using GraphQL.Types;
using Network.Server.GraphQL;
using Network.Server.Identity;
using Network.Server.Mentors;
using Network.Server.Pairings;

namespace Network.Server.Agreements;

public sealed class PairingAgreementGraphType : ObjectGraphType<PairingAgreement>
{
    public PairingAgreementGraphType()
    {
        Name = "PairingAgreement";
        Description = "One version of what a pairing's two mentors agree: how often and how they meet, what each wants to learn, and confidentiality. " +
            "Agreed once both confirmed it; a newer version supersedes it.";
        this.ReadableBy(PairingAccess.Readers);
        Field(a => a.Version).Description("1 for the pairing's first agreement, one more for each proposal since.");
        Field(a => a.EveryWeeks).Description("A session every this many weeks.");
        Field(a => a.Format).Description("How the partners meet.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AgreementGoalGraphType>>>>("goals")
            .Description("What each mentor wants to learn, in the order proposed.")
            .Resolve(c => c.Source.Goals);
        Field<NonNullGraphType<MentorGraphType>>("proposedBy")
            .Description("The mentor who proposed this version.")
            .Resolve(c => c.Service<MentorByIdDataLoader>().LoadAsync(c.Source.ProposedByMentorId));
        Field(a => a.ProposedAt);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AgreementConfirmationGraphType>>>>("confirmations")
            .Description("The two sides' confirmations, the pairing's side A (the mentor with the lower ID) first.")
            .Resolve(c => new[] { new AgreementConfirmation(c.Source, PairingSide.A), new AgreementConfirmation(c.Source, PairingSide.B) });
        Field<NonNullGraphType<BooleanGraphType>>("isAgreed")
            .Description("Whether both mentors confirmed this version.")
            .Resolve(c => c.Source.IsAgreed);
        Field(a => a.AgreedAt, nullable: true).Description("When the second mentor confirmed; null until both have.");
        Field<NonNullGraphType<PairingGraphType>>("pairing")
            .Resolve(c => c.Service<PairingByIdDataLoader>().LoadAsync(c.Source.PairingId));
    }
}
