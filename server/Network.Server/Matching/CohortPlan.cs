using Network.Server.Scoring;

namespace Network.Server.Matching;

/// <summary>An eligible pair of the pool with its score, whether or not the plan chose it.</summary>
public readonly record struct CandidatePair(int MentorId, int PartnerId, double Score);

/// <summary>A mentor of the pool the plan leaves without a partner, and why.</summary>
public sealed record UnmatchedMentor(int MentorId, int EligiblePartners, string Reason);

/// <summary>
/// The pairing of a pool that maximises the total score (optionally, first the number of people paired):
/// the chosen pairs with their explanations, the unmatched with the reason, and every candidate pair.
/// </summary>
public sealed record CohortPlan(
    int PoolSize,
    bool MaximizeCardinality,
    IReadOnlyList<PairScore> Pairs,
    IReadOnlyList<UnmatchedMentor> Unmatched,
    IReadOnlyList<CandidatePair> Candidates)
{
    public double TotalScore => Pairs.Sum(p => p.Score);
}
