using Network.Server.Matching.Algorithms;

namespace Network.Server.Tests.Matching;

/// <summary>
/// The blossom algorithm on hand-made graphs that exercise each of its steps, and on thousands of
/// small random graphs against an exhaustive search.
/// </summary>
public sealed class MaximumWeightMatchingTests
{
    [Fact]
    public void An_empty_graph_has_an_empty_matching()
    {
        Assert.Empty(MaximumWeightMatching.Solve(0, []));
        Assert.Equal([-1, -1, -1], MaximumWeightMatching.Solve(3, []));
        Assert.Equal([-1, -1, -1], MaximumWeightMatching.Solve(3, [], maximizeCardinality: true));
    }

    [Fact]
    public void A_single_edge_is_matched()
    {
        Assert.Equal([1, 0], MaximumWeightMatching.Solve(2, [new(0, 1, 1)]));
        Assert.Equal([-1, 2, 1], MaximumWeightMatching.Solve(3, [new(2, 1, 7)]));
    }

    [Fact]
    public void A_triangle_keeps_its_heaviest_edge()
    {
        var mates = MaximumWeightMatching.Solve(3, [new(0, 1, 4), new(1, 2, 6), new(0, 2, 5)]);

        Assert.Equal([-1, 2, 1], mates);
    }

    [Fact]
    public void A_path_prefers_its_heavy_middle_edge_unless_cardinality_comes_first()
    {
        WeightedEdge[] path = [new(1, 2, 5), new(2, 3, 11), new(3, 4, 5)];

        Assert.Equal([-1, -1, 3, 2, -1], MaximumWeightMatching.Solve(5, path));
        Assert.Equal([-1, 2, 1, 4, 3], MaximumWeightMatching.Solve(5, path, maximizeCardinality: true));
    }

    [Fact]
    public void A_heavier_single_edge_beats_two_lighter_ones_only_by_weight()
    {
        WeightedEdge[] path = [new(1, 2, 10), new(2, 3, 11)];

        Assert.Equal([-1, -1, 3, 2], MaximumWeightMatching.Solve(4, path));
        Assert.Equal([-1, -1, 3, 2], MaximumWeightMatching.Solve(4, path, maximizeCardinality: true));
    }

    [Fact]
    public void Equal_weights_give_a_maximum_cardinality_matching()
    {
        // A 6-cycle with a chord and a pendant vertex, every weight 1.
        WeightedEdge[] edges = [new(0, 1, 1), new(1, 2, 1), new(2, 3, 1), new(3, 4, 1), new(4, 5, 1), new(5, 0, 1), new(0, 3, 1), new(5, 6, 1)];

        var mates = MaximumWeightMatching.Solve(7, edges);

        AssertValidMatching(7, edges, mates);
        Assert.Equal(3, mates.Count(m => m >= 0) / 2);
    }

    public static TheoryData<string, int[], (int U, int V, long W)[]> ClassicCases => new()
    {
        // An S-blossom is created, then used for an augmenting path.
        { "S-blossom", [-1, 2, 1, 4, 3], [(1, 2, 8), (1, 3, 9), (2, 3, 10), (3, 4, 7)] },
        { "S-blossom, augmented through", [-1, 6, 3, 2, 5, 4, 1], [(1, 2, 8), (1, 3, 9), (2, 3, 10), (3, 4, 7), (1, 6, 5), (4, 5, 6)] },

        // A T-blossom is created and expanded; the expansion relabels on either side.
        { "T-blossom", [-1, 6, 3, 2, 5, 4, 1], [(1, 2, 9), (1, 3, 8), (2, 3, 10), (1, 4, 5), (4, 5, 4), (1, 6, 3)] },
        { "T-blossom, other base path", [-1, 6, 3, 2, 5, 4, 1], [(1, 2, 9), (1, 3, 8), (2, 3, 10), (1, 4, 5), (4, 5, 3), (1, 6, 4)] },
        { "T-blossom, augmented through", [-1, 2, 1, 6, 5, 4, 3], [(1, 2, 9), (1, 3, 8), (2, 3, 10), (1, 4, 5), (4, 5, 3), (3, 6, 4)] },

        // A blossom inside a blossom.
        { "nested S-blossom", [-1, 3, 4, 1, 2, 6, 5], [(1, 2, 9), (1, 3, 9), (2, 3, 10), (2, 4, 8), (3, 5, 8), (4, 5, 10), (5, 6, 6)] },
        { "nested S-blossom, relabelled", [-1, 2, 1, 4, 3, 6, 5, 8, 7], [(1, 2, 10), (1, 7, 10), (2, 3, 12), (3, 4, 20), (3, 5, 20), (4, 5, 25), (5, 6, 10), (6, 7, 10), (7, 8, 8)] },
        { "nested S-blossom, expanded", [-1, 2, 1, 5, 6, 3, 4, 8, 7], [(1, 2, 8), (1, 3, 8), (2, 3, 10), (2, 4, 12), (3, 5, 12), (4, 5, 14), (4, 6, 12), (5, 7, 12), (6, 7, 14), (7, 8, 12)] },
        { "S-blossom relabelled as T, expanded", [-1, 6, 3, 2, 8, 7, 1, 5, 4], [(1, 2, 23), (1, 5, 22), (1, 6, 15), (2, 3, 25), (3, 4, 22), (4, 5, 25), (4, 8, 14), (5, 7, 13)] },
        { "nested S-blossom relabelled as T, expanded", [-1, 8, 3, 2, 7, 6, 5, 4, 1], [(1, 2, 19), (1, 3, 20), (1, 8, 8), (2, 3, 25), (2, 4, 18), (3, 5, 18), (4, 5, 13), (4, 7, 7), (5, 6, 7)] },

        // A T-blossom expanded while vertices inside it were reached by tight edges.
        { "T-blossom expansion, reached inside", [-1, 6, 3, 2, 8, 7, 1, 5, 4, 10, 9], [(1, 2, 45), (1, 5, 45), (2, 3, 50), (3, 4, 45), (4, 5, 50), (1, 6, 30), (3, 9, 35), (4, 8, 35), (5, 7, 26), (9, 10, 5)] },
        { "T-blossom expansion, reached inside, other side", [-1, 6, 3, 2, 8, 7, 1, 5, 4, 10, 9], [(1, 2, 45), (1, 5, 45), (2, 3, 50), (3, 4, 45), (4, 5, 50), (1, 6, 30), (3, 9, 35), (4, 8, 26), (5, 7, 40), (9, 10, 5)] },
        { "T-blossom expansion, least-slack edge kept", [-1, 6, 3, 2, 8, 7, 1, 5, 4, 10, 9], [(1, 2, 45), (1, 5, 45), (2, 3, 50), (3, 4, 45), (4, 5, 50), (1, 6, 30), (3, 9, 35), (4, 8, 28), (5, 7, 26), (9, 10, 5)] },
        { "nested T-blossom expansion, reached inside", [-1, 8, 3, 2, 6, 9, 4, 10, 1, 5, 7, 12, 11], [(1, 2, 45), (1, 7, 45), (2, 3, 50), (3, 4, 45), (4, 5, 95), (4, 6, 94), (5, 6, 94), (6, 7, 50), (1, 8, 30), (3, 11, 35), (5, 9, 36), (7, 10, 26), (11, 12, 5)] },
        { "nested blossom relabelled and expanded", [-1, 2, 1, 5, 9, 3, 7, 6, 10, 4, 8], [(1, 2, 40), (1, 3, 40), (2, 3, 60), (2, 4, 55), (3, 5, 55), (4, 5, 50), (1, 8, 15), (5, 7, 30), (7, 6, 10), (8, 10, 10), (4, 9, 30)] },
    };

    [Theory]
    [MemberData(nameof(ClassicCases))]
    public void Classic_blossom_cases_are_solved_optimally(string name, int[] expected, (int U, int V, long W)[] edgeList)
    {
        var edges = edgeList.Select(e => new WeightedEdge(e.U, e.V, e.W)).ToArray();

        var mates = MaximumWeightMatching.Solve(expected.Length, edges);

        AssertValidMatching(expected.Length, edges, mates);
        Assert.Equal(BruteForce(expected.Length, edges, maximizeCardinality: false).Weight, Weight(edges, mates));
        Assert.True(expected.SequenceEqual(mates), $"{name}: expected [{string.Join(", ", expected)}], got [{string.Join(", ", mates)}]");
    }

    [Fact]
    public void Duplicate_edges_count_once_at_their_heaviest_weight()
    {
        WeightedEdge[] edges = [new(0, 1, 2), new(1, 2, 3), new(2, 3, 2), new(2, 1, 10), new(1, 2, 4)];

        Assert.Equal([-1, 2, 1, -1], MaximumWeightMatching.Solve(4, edges));
        Assert.Equal([1, 0, 3, 2], MaximumWeightMatching.Solve(4, edges, maximizeCardinality: true));
    }

    [Theory]
    [InlineData(-1, 1, 1, "outside")]
    [InlineData(0, 3, 1, "outside")]
    [InlineData(1, 1, 1, "itself")]
    [InlineData(0, 1, 0, "weight")]
    [InlineData(0, 1, -5, "weight")]
    [InlineData(0, 1, MaximumWeightMatching.MaxWeight + 1, "weight")]
    public void Invalid_edges_are_rejected(int u, int v, long weight, string reason)
    {
        var exception = Assert.Throws<ArgumentException>(() => MaximumWeightMatching.Solve(3, [new(0, 2, 1), new(u, v, weight)]));

        Assert.Equal("edges", exception.ParamName);
        Assert.Contains("Edge 1", exception.Message, StringComparison.Ordinal);
        Assert.Contains(reason, exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_largest_accepted_weight_is_solved_exactly()
    {
        const long Max = MaximumWeightMatching.MaxWeight;
        WeightedEdge[] edges = [new(0, 1, Max), new(1, 2, Max), new(2, 3, Max - 1), new(0, 3, 1), new(3, 4, Max)];

        var mates = MaximumWeightMatching.Solve(5, edges);

        Assert.Equal(BruteForce(5, edges, maximizeCardinality: false).Weight, Weight(edges, mates));
    }

    [Fact]
    public void A_negative_vertex_count_is_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => MaximumWeightMatching.Solve(-1, []));
    }

    [Fact]
    public void A_cancelled_request_stops_before_solving()
    {
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();

        Assert.Throws<OperationCanceledException>(() => MaximumWeightMatching.Solve(4, [new(0, 1, 1), new(2, 3, 1)], cancellationToken: cancellation.Token));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Small_random_graphs_match_an_exhaustive_search(bool maximizeCardinality)
    {
        // Fixed seeds: a failure names the seed that reproduces it.
        for (var seed = 0; seed < 2500; seed++)
        {
            var random = new Random(seed);
            var n = random.Next(1, 11);
            var edges = RandomGraph(random, n);
            CheckAgainstExhaustiveSearch(seed, n, edges, maximizeCardinality);
        }
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Random_graphs_of_11_to_16_vertices_match_an_exhaustive_search(bool maximizeCardinality)
    {
        for (var seed = 100_000; seed < 100_300; seed++)
        {
            var random = new Random(seed);
            var n = random.Next(11, 17);
            var edges = RandomGraph(random, n);
            CheckAgainstExhaustiveSearch(seed, n, edges, maximizeCardinality);
        }
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Pools_too_large_to_search_come_with_a_proof_of_optimality(bool maximizeCardinality)
    {
        for (var seed = 200_000; seed < 200_040; seed++)
        {
            var random = new Random(seed);
            var n = random.Next(20, 200);
            var edges = RandomGraph(random, n);

            var (mates, certificate) = MaximumWeightMatching.SolveWithCertificate(n, edges, maximizeCardinality);

            AssertValidMatching(n, edges, mates, $"seed {seed}");
            AssertProvedOptimal(n, edges, mates, certificate, maximizeCardinality, $"seed {seed}");
            Assert.True(Weight(edges, mates) >= Weight(edges, Greedy(n, edges)) || maximizeCardinality, $"seed {seed}: lighter than a greedy matching");
        }
    }

    [Fact]
    public void A_cohort_sized_pool_comes_with_a_proof_of_optimality()
    {
        // 400 mentors, each eligible with about 15 % of the pool, scores 1-10,000.
        var random = new Random(42);
        const int N = 400;
        var edges = new List<WeightedEdge>();
        for (var u = 0; u < N; u++)
        {
            for (var v = u + 1; v < N; v++)
            {
                if (random.NextDouble() < 0.15)
                {
                    edges.Add(new WeightedEdge(u, v, random.Next(1, 10_001)));
                }
            }
        }

        foreach (var maximizeCardinality in new[] { false, true })
        {
            var (mates, certificate) = MaximumWeightMatching.SolveWithCertificate(N, edges, maximizeCardinality);

            AssertValidMatching(N, edges, mates);
            AssertProvedOptimal(N, edges, mates, certificate, maximizeCardinality, $"maximizeCardinality {maximizeCardinality}");
            Assert.True(Weight(edges, mates) >= Weight(edges, Greedy(N, edges)));
        }
    }

    private static void CheckAgainstExhaustiveSearch(int seed, int n, IReadOnlyList<WeightedEdge> edges, bool maximizeCardinality)
    {
        var (mates, certificate) = MaximumWeightMatching.SolveWithCertificate(n, edges, maximizeCardinality);

        AssertValidMatching(n, edges, mates, $"seed {seed}");
        AssertProvedOptimal(n, edges, mates, certificate, maximizeCardinality, $"seed {seed}");
        var optimum = BruteForce(n, edges, maximizeCardinality);
        var cardinality = mates.Count(m => m >= 0) / 2;
        var weight = Weight(edges, mates);
        if (maximizeCardinality)
        {
            Assert.True(optimum.Cardinality == cardinality, $"seed {seed}: cardinality {cardinality}, optimum {optimum.Cardinality}");
        }

        Assert.True(optimum.Weight == weight, $"seed {seed}: weight {weight}, optimum {optimum.Weight}");
    }

    /// <summary>Random density, and weights from a narrow range (many ties) to a wide one.</summary>
    private static List<WeightedEdge> RandomGraph(Random random, int n)
    {
        var density = random.NextDouble();
        var maxWeight = random.Next(4) switch
        {
            0 => 1,
            1 => 3,
            2 => 20,
            _ => 1_000_000,
        };
        var edges = new List<WeightedEdge>();
        for (var u = 0; u < n; u++)
        {
            for (var v = u + 1; v < n; v++)
            {
                if (random.NextDouble() < density)
                {
                    // Either orientation, and now and then a duplicate.
                    var edge = random.Next(2) == 0 ? new WeightedEdge(u, v, random.Next(1, maxWeight + 1)) : new WeightedEdge(v, u, random.Next(1, maxWeight + 1));
                    edges.Add(edge);
                    if (random.Next(20) == 0)
                    {
                        edges.Add(edge with { Weight = random.Next(1, maxWeight + 1) });
                    }
                }
            }
        }

        // Shuffle, so that edge order does not follow vertex order.
        for (var i = edges.Count - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (edges[i], edges[j]) = (edges[j], edges[i]);
        }

        return edges;
    }

    /// <summary>The best (cardinality, weight) over all matchings, by dynamic programming over subsets of matched vertices.</summary>
    private static (int Cardinality, long Weight) BruteForce(int n, IReadOnlyList<WeightedEdge> edges, bool maximizeCardinality)
    {
        var weights = HeaviestWeights(n, edges);
        var memo = new Dictionary<int, (int Cardinality, long Weight)>();

        (int Cardinality, long Weight) Best(int used)
        {
            var first = 0;
            while (first < n && (used & (1 << first)) != 0)
            {
                first++;
            }

            if (first == n)
            {
                return (0, 0);
            }

            if (memo.TryGetValue(used, out var known))
            {
                return known;
            }

            // Leave the first free vertex unmatched, or match it to a free neighbour.
            var best = Best(used | (1 << first));
            for (var other = first + 1; other < n; other++)
            {
                if ((used & (1 << other)) == 0 && weights[first, other] > 0)
                {
                    var rest = Best(used | (1 << first) | (1 << other));
                    var candidate = (rest.Cardinality + 1, rest.Weight + weights[first, other]);
                    if (Better(candidate, best, maximizeCardinality))
                    {
                        best = candidate;
                    }
                }
            }

            memo[used] = best;
            return best;
        }

        return Best(0);
    }

    private static bool Better((int Cardinality, long Weight) a, (int Cardinality, long Weight) b, bool maximizeCardinality) =>
        maximizeCardinality ? a.Cardinality > b.Cardinality || (a.Cardinality == b.Cardinality && a.Weight > b.Weight) : a.Weight > b.Weight;

    private static long[,] HeaviestWeights(int n, IReadOnlyList<WeightedEdge> edges)
    {
        var weights = new long[n, n];
        foreach (var edge in edges)
        {
            var weight = Math.Max(weights[edge.U, edge.V], edge.Weight);
            weights[edge.U, edge.V] = weights[edge.V, edge.U] = weight;
        }

        return weights;
    }

    private static int[] Greedy(int n, IReadOnlyList<WeightedEdge> edges)
    {
        var mates = Enumerable.Repeat(-1, n).ToArray();
        foreach (var edge in edges.OrderByDescending(e => e.Weight))
        {
            if (mates[edge.U] < 0 && mates[edge.V] < 0)
            {
                mates[edge.U] = edge.V;
                mates[edge.V] = edge.U;
            }
        }

        return mates;
    }

    /// <summary>The total weight of a matching, each pair counted once at its heaviest edge.</summary>
    private static long Weight(IReadOnlyList<WeightedEdge> edges, int[] mates)
    {
        var heaviest = HeaviestPairs(edges);
        long total = 0;
        for (var v = 0; v < mates.Length; v++)
        {
            if (mates[v] > v)
            {
                total += heaviest[(v, mates[v])];
            }
        }

        return total;
    }

    /// <summary>
    /// Checks the dual solution against the matching: dual feasibility and complementary slackness,
    /// which together prove the matching optimal (see <see cref="MatchingCertificate"/>).
    /// </summary>
    private static void AssertProvedOptimal(int n, IReadOnlyList<WeightedEdge> edges, int[] mates, MatchingCertificate certificate, bool maximizeCardinality, string context)
    {
        var duals = certificate.VertexDuals;
        Assert.Equal(n, duals.Length);
        var offset = maximizeCardinality && n > 0 ? Math.Max(0, -duals.Min()) : 0;
        var blossoms = certificate.Blossoms.Select(b => (Members: b.Vertices.ToHashSet(), b.Vertices, b.Dual)).ToList();
        for (var v = 0; v < n; v++)
        {
            Assert.True(duals[v] + offset >= 0, $"{context}: vertex {v} has dual {duals[v]}");
            Assert.True(mates[v] >= 0 || duals[v] + offset == 0, $"{context}: unmatched vertex {v} has dual {duals[v]}, offset {offset}");
        }

        foreach (var (members, vertices, dual) in blossoms)
        {
            Assert.True(dual >= 0, $"{context}: a blossom has dual {dual}");
            Assert.True(vertices.Length >= 3 && vertices.Length % 2 == 1 && members.Count == vertices.Length, $"{context}: a blossom has {vertices.Length} vertices");
            var matchedInside = vertices.Count(v => mates[v] >= 0 && members.Contains(mates[v])) / 2;
            Assert.True(dual == 0 || matchedInside == vertices.Length / 2, $"{context}: a blossom with dual {dual} holds {matchedInside} matched pairs of {vertices.Length} vertices");
        }

        // Only blossoms with a positive dual change slacks.
        var weighty = blossoms.Where(b => b.Dual > 0).ToList();
        foreach (var ((u, v), weight) in HeaviestPairs(edges))
        {
            var slack = duals[u] + duals[v] - 2 * weight;
            foreach (var blossom in weighty)
            {
                if (blossom.Members.Contains(u) && blossom.Members.Contains(v))
                {
                    slack += 2 * blossom.Dual;
                }
            }

            Assert.True(slack >= 0, $"{context}: edge ({u}, {v}) has slack {slack}");
            Assert.True(mates[u] != v || slack == 0, $"{context}: matched edge ({u}, {v}) has slack {slack}");
        }
    }

    private static Dictionary<(int, int), long> HeaviestPairs(IReadOnlyList<WeightedEdge> edges)
    {
        var heaviest = new Dictionary<(int, int), long>();
        foreach (var edge in edges)
        {
            var key = (Math.Min(edge.U, edge.V), Math.Max(edge.U, edge.V));
            heaviest[key] = Math.Max(heaviest.GetValueOrDefault(key), edge.Weight);
        }

        return heaviest;
    }

    /// <summary>Mates are symmetric, in range, and joined by an edge of the graph.</summary>
    private static void AssertValidMatching(int n, IReadOnlyList<WeightedEdge> edges, int[] mates, string context = "")
    {
        Assert.Equal(n, mates.Length);
        var pairs = edges.Select(e => (Math.Min(e.U, e.V), Math.Max(e.U, e.V))).ToHashSet();
        for (var v = 0; v < n; v++)
        {
            var mate = mates[v];
            if (mate < 0)
            {
                Assert.True(mate == -1, $"{context}: vertex {v} has mate {mate}");
                continue;
            }

            Assert.True(mate < n && mate != v && mates[mate] == v, $"{context}: vertex {v} has mate {mate}, whose mate is not {v}");
            Assert.True(pairs.Contains((Math.Min(v, mate), Math.Max(v, mate))), $"{context}: vertices {v} and {mate} are matched without an edge");
        }
    }
}
