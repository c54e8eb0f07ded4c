using Network.Server.Matching.Algorithms;

namespace Network.Benchmarks.Matching;

/// <summary>
/// A random cohort pool shaped like the real one: mentors belong to employers of one to ten people
/// (same-employer pairs are never eligible), each mentor is eligible with 10–15 % of the others, and a
/// pair's score (1–10,000) mixes how sought-after each mentor's skills are with how well the two fit.
/// </summary>
internal static class CohortGraph
{
    public static WeightedEdge[] Create(int pool, int seed)
    {
        var random = new Random(seed);
        var employer = new int[pool];
        var eligibility = new double[pool];
        var demand = new double[pool];
        for (int v = 0, current = 0, left = 0; v < pool; v++)
        {
            if (left == 0)
            {
                current++;
                left = random.Next(1, 11);
            }

            employer[v] = current;
            left--;
            eligibility[v] = 0.10 + 0.05 * random.NextDouble();
            demand[v] = random.NextDouble();
        }

        var edges = new List<WeightedEdge>();
        for (var u = 0; u < pool; u++)
        {
            for (var v = u + 1; v < pool; v++)
            {
                if (employer[u] != employer[v] && random.NextDouble() < (eligibility[u] + eligibility[v]) / 2)
                {
                    var score = 0.3 * (demand[u] + demand[v]) / 2 + 0.7 * random.NextDouble();
                    edges.Add(new WeightedEdge(u, v, 1 + (long)(score * 9_999)));
                }
            }
        }

        return [.. edges];
    }
}
