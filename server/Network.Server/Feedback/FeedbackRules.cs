using Network.Server.Pairings;

namespace Network.Server.Feedback;

/// <summary>The limits of feedback, shared by validation and the database's constraints.</summary>
public static class FeedbackRules
{
    public const int MinRating = 1;
    public const int MaxRating = 5;
    public const int MaxWhatHelpedLength = 1000;
    public const int MinConfidence = 1;
    public const int MaxConfidence = 5;
    public const int MaxConfidenceRatings = 20;
    public const int MinSatisfaction = 1;
    public const int MaxSatisfaction = 5;
    public const int MinRecommend = 0;
    public const int MaxRecommend = 10;
    public const int MaxCommentLength = 2000;

    /// <summary>The pairings whose mentors check in on their confidence.</summary>
    public static readonly PairingStatus[] CheckInStatuses = [PairingStatus.Accepted, PairingStatus.Active, PairingStatus.Completed];

    /// <summary>The pairings whose mentors answer the end-of-pairing survey.</summary>
    public static readonly PairingStatus[] SurveyStatuses = [PairingStatus.Active, PairingStatus.Completed];
}
