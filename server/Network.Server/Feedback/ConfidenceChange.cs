namespace Network.Server.Feedback;

/// <summary>
/// How one learner's confidence in one skill of a pairing moved: from their START rating to their latest later one (END, or
/// MIDPOINT while the pairing runs).
/// </summary>
public sealed record ConfidenceChange(int PairingId, int MentorId, int SkillId, int Start, int Latest, ConfidenceStage LatestStage)
{
    public int Change => Latest - Start;

    /// <summary>
    /// The changes among <paramref name="ratings"/>: one per pairing, mentor and skill rated at the start and again later.
    /// </summary>
    public static List<ConfidenceChange> From(IEnumerable<ConfidenceRating> ratings) =>
        [.. ratings
            .GroupBy(r => (r.PairingId, r.MentorId, r.SkillId))
            .Select(g => (Start: g.FirstOrDefault(r => r.Stage == ConfidenceStage.Start), Latest: g.Where(r => r.Stage != ConfidenceStage.Start).MaxBy(r => r.Stage)))
            .Where(x => x.Start is not null && x.Latest is not null)
            .Select(x => new ConfidenceChange(x.Start!.PairingId, x.Start.MentorId, x.Start.SkillId, x.Start.Confidence, x.Latest!.Confidence, x.Latest.Stage))];
}
