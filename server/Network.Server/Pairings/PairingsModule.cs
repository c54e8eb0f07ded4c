using Network.Server.GraphQL.Access;
using Network.Server.Hosting;
using Network.Server.Identity;
using Network.Server.Mentors;

namespace Network.Server.Pairings;

/// <summary>Pairings of two mentors of different employers, from proposal to completion, with their history.</summary>
public sealed class PairingsModule : IFeatureModule
{
    public void Register(FeatureBuilder feature)
    {
        feature.Services.AddScoped<AcceptedPartners>();
        feature.Services.AddSingleton<IMentorDepartureHandler, PairingDepartureHandler>();
        feature.Services.AddSingleton<IMentorBlockHandler, PairingBlockHandler>();
        feature.Services.AddSingleton<IPersonalDataGrant, PartnerContactGrant>();
        feature
            .Node<PairingByIdDataLoader, Pairing>("Pairing", PairingAccess.IsVisible)
            .DataLoader<PairingsByMentorIdDataLoader>()
            .DataLoader<PairingSkillsByPairingIdDataLoader>()
            .DataLoader<PairingEventsByPairingIdDataLoader>()
            .Extend<MentorGraphType>(mentor => mentor.AddPairingsField())
            .Filter(PairingFilters.Definition)
            .Sort(PairingFilters.Sorting)
            .Query(PairingQueries.AddPairingQueries)
            .Mutation(PairingMutations.AddPairingMutations)
            .Mutation(PairingPauseMutations.AddPairingPauseMutations)
            .Events<PairingEvents>()
            .Subscription(PairingSubscriptions.AddPairingSubscriptions);
    }
}
