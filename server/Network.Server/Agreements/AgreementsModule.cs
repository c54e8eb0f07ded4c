using Network.Server.GraphQL.Access;
using Network.Server.Hosting;
using Network.Server.Pairings;

namespace Network.Server.Agreements;

/// <summary>Pairing agreements: what the two mentors of a pairing agree to learn, how often and how they meet, versioned and confirmed by both.</summary>
public sealed class AgreementsModule : IFeatureModule
{
    public void Register(FeatureBuilder feature)
    {
        feature.Services.AddSingleton<IPersonalDataGrant, AgreementPartnerGrant>();
        feature
            .DataLoader<AgreementsByPairingIdDataLoader>()
            .DataLoader<AgreementGoalByIdDataLoader>()
            .TypeMapping<AgreementGoalInput, AgreementGoalInputGraphType>()
            .Types(typeof(PairingAgreementGraphType))
            .Extend<PairingGraphType>(pairing => pairing.AddAgreementFields())
            .Mutation(AgreementMutations.AddAgreementMutations);
    }
}
