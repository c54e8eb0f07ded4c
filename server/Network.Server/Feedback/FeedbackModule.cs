using Network.Server.Hosting;
using Network.Server.Pairings;
using Network.Server.Programmes;
using Network.Server.Sessions;

namespace Network.Server.Feedback;

/// <summary>Feedback: mentors' ratings of held sessions, confidence check-ins in the skills they learn, and the end-of-pairing survey.</summary>
public sealed class FeedbackModule : IFeatureModule
{
    public void Register(FeatureBuilder feature)
    {
        feature.Services.AddSingleton<IObjectiveMeasureSource, LearnersMoreConfidentMeasure>();
        feature
            .DataLoader<SessionRatingDataLoader>()
            .DataLoader<PairingFeedbackDataLoader>()
            .TypeMapping<ConfidenceRatingInput, ConfidenceRatingInputGraphType>()
            .Types(typeof(SessionRatingGraphType), typeof(ConfidenceRatingGraphType), typeof(PairingSurveyGraphType), typeof(FeedbackSummaryGraphType))
            .Extend<SessionGraphType>(session => session.AddRatingField())
            .Extend<PairingGraphType>(pairing => pairing.AddFeedbackFields())
            .Mutation(FeedbackMutations.AddFeedbackMutations);
    }
}
