using Network.Server.Hosting;

namespace Network.Server.Matching;

/// <summary>Explained suggestions for one mentor, and optimal pairing plans for a cohort.</summary>
public sealed class MatchingModule : IFeatureModule
{
    public void Register(FeatureBuilder feature)
    {
        feature.Services.AddOptions<MatchingOptions>().BindConfiguration(MatchingOptions.Section);
        feature.Services.AddSingleton<MatchSuggestions>();
        feature
            .TypeMapping<PlannedPairingInput, PlannedPairingInputGraphType>()
            .TypeMapping<PairingPoolInput, PairingPoolInputGraphType>()
            .Types(typeof(PairingPlanGraphType))
            .Query(MatchingQueries.AddMatchingQueries)
            .Mutation(PlanningMutations.AddPlanningMutations)
            .Subscription(MatchingSubscriptions.AddMatchingSubscriptions);
    }
}
