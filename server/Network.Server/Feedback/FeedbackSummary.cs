namespace Network.Server.Feedback;

/// <summary>A pairing's feedback in aggregate: no one's individual score or words.</summary>
public sealed record FeedbackSummary(int SessionRatingCount, double? MeanSessionRating, int SurveyCount);
