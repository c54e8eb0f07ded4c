namespace Network.Server.Feedback;

/// <summary>Everything both mentors of a pairing said about it: their session ratings, confidence check-ins and surveys.</summary>
public sealed record PairingFeedback(IReadOnlyList<SessionRating> SessionRatings, IReadOnlyList<ConfidenceRating> Confidence, IReadOnlyList<PairingSurvey> Surveys)
{
    public static readonly PairingFeedback None = new([], [], []);

    public FeedbackSummary Summary() =>
        new(SessionRatings.Count, SessionRatings.Count == 0 ? null : SessionRatings.Average(r => r.Rating), Surveys.Count);
}
