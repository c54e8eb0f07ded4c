using GraphQL.Types;
using Network.Server.GraphQL;
using Network.Server.GraphQL.DataLoading;
using Network.Server.Identity;
using Network.Server.Mentors;
using Network.Server.Pairings;

namespace Network.Server.Agreements;

public sealed class AgreementConfirmationGraphType : ObjectGraphType<AgreementConfirmation>
{
    public AgreementConfirmationGraphType()
    {
        Name = "AgreementConfirmation";
        Description = "One side of a pairing agreement's version: its mentor, and whether and when they confirmed it, acknowledging confidentiality.";
        this.ReadableBy(PairingAccess.Readers);
        Field<NonNullGraphType<MentorGraphType>>("mentor")
            .Resolve(c =>
            {
                var mentors = c.Service<MentorByIdDataLoader>();
                var side = c.Source.Side;
                return c.Service<PairingByIdDataLoader>().LoadAsync(c.Source.Agreement.PairingId)
                    .Then(p => mentors.LoadAsync(p!.MentorId(side)));
            });
        Field<NonNullGraphType<BooleanGraphType>>("confirmed")
            .Description("Whether this side confirmed the version.")
            .Resolve(c => c.Source.ConfirmedAt is not null);
        Field(c => c.ConfirmedAt, nullable: true).Description("When this side's mentor confirmed the version; null until they do.");
        Field(c => c.ConfidentialityAcknowledgedAt, nullable: true)
            .Description("When this side's mentor acknowledged that what is said in the pairing stays in it; null until they do.");
    }
}
