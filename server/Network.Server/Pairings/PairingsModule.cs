using Network.Server.Hosting;
using Network.Server.Identity;
using Network.Server.Matching;

namespace Network.Server.Pairings;

/// <summary>Pairings of two mentors of different employers, from proposal to completion, with their history.</summary>
public sealed class PairingsModule : IFeatureModule
{
    public void Register(FeatureBuilder feature)
    {
        feature.Services.AddSingleton(new PairScorer(feature.Configuration.GetSection(MatchingWeights.Section).Get<MatchingWeights>() ?? new MatchingWeights()));
        feature.Services.AddScoped<AcceptedPartners>();
        feature
            .Node<PairingByIdDataLoader, Pairing>("Pairing", PairingAccess.IsVisible)
            .DataLoader<PairingsByMentorIdDataLoader>()
            .DataLoader<PairingSkillsByPairingIdDataLoader>()
            .DataLoader<PairingEventsByPairingIdDataLoader>()
            .Filter(PairingFilters.Definition)
            .Sort(PairingFilters.Sorting)
            .Query(PairingQueries.AddPairingQueries)
            .Mutation(PairingMutations.AddPairingMutations);
    }
}
