using Network.Server.Mentors;

namespace Network.Server.Scoring;

/// <summary>A skill that flows from one partner to the other, and whether it addresses a gap of the learner's employer.</summary>
public readonly record struct SkillFlow(int SkillId, bool AddressesGap);

/// <summary>
/// How well two mentors pair, and why: the skills each teaches the other, the format they would meet in,
/// the distance between them and a readable reason for every part of the score. An ineligible pair has
/// a zero score and says why it is ineligible.
/// </summary>
public sealed record PairScore(
    int MentorId,
    int PartnerId,
    bool IsEligible,
    double Score,
    MentoringFormat? Format,
    double DistanceKm,
    IReadOnlyList<SkillFlow> Teaches,
    IReadOnlyList<SkillFlow> Learns,
    IReadOnlyList<string> Reasons)
{
    public static PairScore Ineligible(int mentorId, int partnerId, double distanceKm, string reason) =>
        new(mentorId, partnerId, false, 0, null, distanceKm, [], [], [reason]);

    /// <summary>The score in hundredths, as the exact matcher's integer weights.</summary>
    public long Points => (long)Math.Round(Score * 100, MidpointRounding.AwayFromZero);
}
