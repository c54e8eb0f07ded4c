using Network.Server.Hosting;

namespace Network.Server.Scoring;

/// <summary>How well two mentors pair, and why: the one scorer that suggestions, plans and proposals share.</summary>
public sealed class ScoringModule : IFeatureModule
{
    public void Register(FeatureBuilder feature) =>
        feature.Services.AddSingleton(new PairScorer(feature.Configuration.GetSection(MatchingWeights.Section).Get<MatchingWeights>() ?? new MatchingWeights()));
}
