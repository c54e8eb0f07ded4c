using Network.Server.Matching.Algorithms;
using Network.Server.Scoring;

namespace Network.Server.Matching;

/// <summary>
/// Plans a cohort: scores every pair of the pool that shares a wanted skill (found through an index of
/// who offers and who wants each skill, not by trying all pairs), then finds the exact maximum-weight
/// matching on that general graph. A plan gives each mentor at most one partner. Mentors whose accepted,
/// active and paused pairings already fill their capacity take no part, two mentors who already have an
/// open pairing are not paired again, and two one of whom has blocked the other are never paired.
/// </summary>
public sealed class CohortPlanner(PairScorer scorer)
{
    public CohortPlan Plan(IReadOnlyList<MatchProfile> pool, bool maximizeCardinality, CancellationToken cancellationToken) =>
        Plan(pool, CohortConstraints.None, maximizeCardinality, cancellationToken);

    public CohortPlan Plan(IReadOnlyList<MatchProfile> pool, CohortConstraints constraints, bool maximizeCardinality, CancellationToken cancellationToken)
    {
        var graph = Candidates(pool, constraints, cancellationToken);
        var mates = MaximumWeightMatching.Solve(pool.Count, graph.Edges, maximizeCardinality, cancellationToken);
        return Explain(pool, constraints, graph, mates, maximizeCardinality);
    }

    /// <summary>The first step of <see cref="Plan(IReadOnlyList{MatchProfile}, CohortConstraints, bool, CancellationToken)"/>: every eligible pair of the pool, scored.</summary>
    internal CandidateGraph Candidates(IReadOnlyList<MatchProfile> pool, CohortConstraints constraints, CancellationToken cancellationToken)
    {
        var offeredBy = Index(pool, p => p.Offers.Keys);
        var wantedBy = Index(pool, p => p.Wants.Keys);
        var edges = new List<WeightedEdge>();
        var candidates = new List<CandidatePair>();
        var degree = new int[pool.Count];
        var alreadyOpen = new int[pool.Count];
        var full = pool.Select(p => constraints.HeldAtCapacity.ContainsKey(p.MentorId)).ToArray();
        var lastSeenBy = new int[pool.Count];
        Array.Fill(lastSeenBy, -1);
        for (var i = 0; i < pool.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (full[i])
            {
                continue;
            }

            foreach (var skill in pool[i].Offers.Keys)
            {
                Consider(i, wantedBy.GetValueOrDefault(skill));
            }

            foreach (var skill in pool[i].Wants.Keys)
            {
                Consider(i, offeredBy.GetValueOrDefault(skill));
            }
        }

        return new CandidateGraph(edges, candidates, degree, alreadyOpen, full);

        void Consider(int i, List<int>? others)
        {
            if (others is null)
            {
                return;
            }

            foreach (var j in others)
            {
                if (j <= i || lastSeenBy[j] == i || full[j])
                {
                    continue;
                }

                lastSeenBy[j] = i;
                if (constraints.IsBlocked(pool[i].MentorId, pool[j].MentorId))
                {
                    continue;
                }

                var score = scorer.ScoreOnly(pool[i], pool[j]);
                if (score > 0 && constraints.IsOpen(pool[i].MentorId, pool[j].MentorId))
                {
                    alreadyOpen[i]++;
                    alreadyOpen[j]++;
                }
                else if (score > 0)
                {
                    edges.Add(new WeightedEdge(i, j, (long)Math.Round(score * 100, MidpointRounding.AwayFromZero)));
                    candidates.Add(new CandidatePair(pool[i].MentorId, pool[j].MentorId, score));
                    degree[i]++;
                    degree[j]++;
                }
            }
        }
    }

    /// <summary>The last step: the chosen pairs with their explanations, the unmatched with the reason, and the candidates, best first.</summary>
    internal CohortPlan Explain(IReadOnlyList<MatchProfile> pool, CohortConstraints constraints, CandidateGraph graph, int[] mates, bool maximizeCardinality)
    {
        var (_, candidates, degree, alreadyOpen, full) = graph;
        var pairs = new List<PairScore>();
        var unmatched = new List<UnmatchedMentor>();
        for (var i = 0; i < pool.Count; i++)
        {
            if (mates[i] > i)
            {
                pairs.Add(scorer.Score(pool[i], pool[mates[i]]));
            }
            else if (mates[i] < 0)
            {
                unmatched.Add(new UnmatchedMentor(pool[i].MentorId, degree[i], Reason(i)));
            }
        }

        pairs.Sort((a, b) => b.Score.CompareTo(a.Score));
        candidates.Sort((a, b) => b.Score.CompareTo(a.Score));
        return new CohortPlan(pool.Count, maximizeCardinality, pairs, unmatched, candidates);

        string Reason(int i) =>
            full[i] ? $"At capacity: already holds {constraints.HeldAtCapacity[pool[i].MentorId]} accepted, active or paused pairings."
            : degree[i] == 1 ? "Their one eligible partner is paired with someone else in the best plan."
            : degree[i] > 1 ? $"Each of their {degree[i]} eligible partners is paired with someone else in the best plan."
            : alreadyOpen[i] > 0 ? "Already has an open pairing with every mentor of the pool they could be paired with."
            : "No one else in the pool is an eligible partner.";
    }

    private static Dictionary<int, List<int>> Index(IReadOnlyList<MatchProfile> pool, Func<MatchProfile, IEnumerable<int>> skills)
    {
        var index = new Dictionary<int, List<int>>();
        for (var i = 0; i < pool.Count; i++)
        {
            foreach (var skill in skills(pool[i]))
            {
                if (!index.TryGetValue(skill, out var list))
                {
                    index[skill] = list = [];
                }

                list.Add(i);
            }
        }

        return index;
    }
}
