// Maximum-weight matching: the entry point. Checks the edges, builds the graph and runs the solver;
// the class comment below outlines the whole method. Each phase of the algorithm has a file of its
// own beside this one (MaximumWeightMatching.*.cs), and the proof of optimality that the solver
// returns is described in MatchingCertificate.cs.

namespace Network.Server.Matching.Algorithms;

/// <summary>
/// Exact maximum-weight matching on a general (not necessarily bipartite) graph: Edmonds' blossom
/// algorithm with the primal-dual method, in Galil's O(n³) formulation.
/// </summary>
/// <remarks>
/// <para>
/// Every free vertex is labelled S, the root of an alternating tree, and the trees grow along
/// <em>tight</em> edges (edges of zero slack): an unlabelled vertex reached from an S-vertex becomes T
/// and its mate becomes S. Two S-vertices joined by a tight edge either lie in the same tree, where the
/// edge closes an odd cycle that is shrunk into a <em>blossom</em>, or in different trees, where the
/// edge completes an augmenting path: the matching grows by one edge along it. When no tight edge is
/// left to use, the dual variables change by the largest amount that keeps them feasible (a <em>dual
/// update</em>), which makes a new edge tight, lets a T-blossom be expanded, or proves the matching
/// optimal. Each dual update finds its amount from least-slack edges kept per vertex and per blossom,
/// so it costs O(n), not O(m).
/// </para>
/// <para>
/// Galil's formulation ends a <em>stage</em> at each augmentation and relabels every tree from
/// scratch, which costs a scan of every S-vertex's edges per augmentation: most of the running time
/// on large dense pools. Here only the two trees that met are unlabelled (their roots are matched
/// now); the other trees keep growing, and the least-slack records that pointed into the two trees are
/// recomputed. The dual variables, and so the invariants and the exactness of the method, are the same.
/// </para>
/// <para>
/// Weights are integers and the algorithm keeps every dual variable doubled, so all arithmetic is
/// exact: the slack of an edge (i, j) between different top-level blossoms is
/// <c>dual[i] + dual[j] - 2 w(i, j)</c>, and the slack of an edge between two S-blossoms is even, so
/// half of it is still an integer.
/// </para>
/// <para>
/// Edges are referred to by index k; their two <em>endpoints</em> are numbered 2k (the vertex U) and
/// 2k + 1 (the vertex V), so <c>p ^ 1</c> is the other end of endpoint p. The mate of a vertex and the
/// edge through which a blossom got its label are stored as endpoints, which gives both the edge and
/// its direction.
/// </para>
/// </remarks>
public static partial class MaximumWeightMatching
{
    /// <summary>
    /// The largest accepted edge weight, 2⁴⁰ (about 1.1 × 10¹²). Dual variables and slacks stay within
    /// small multiples of the largest weight, so this leaves ample room in a 64-bit integer; callers
    /// that score pairs with fractions scale them to integers well below it.
    /// </summary>
    public const long MaxWeight = 1L << 40;

    /// <summary>
    /// Finds a matching of maximum total weight; with <paramref name="maximizeCardinality"/>, one with
    /// the most edges and, among those, maximum total weight.
    /// </summary>
    /// <param name="vertexCount">The number of vertices, numbered 0 to <paramref name="vertexCount"/> − 1.</param>
    /// <param name="edges">
    /// The edges, in any order. Weights must be positive (a pair that may not be matched is simply
    /// left out) and at most <see cref="MaxWeight"/>. When the same pair appears more than once, in
    /// either orientation, the heaviest of its edges counts.
    /// </param>
    /// <param name="maximizeCardinality">First maximise the number of matched pairs, then the weight.</param>
    /// <param name="cancellationToken">Checked after every augmentation and every dual update.</param>
    /// <returns>
    /// For every vertex v, its mate, or −1 when v is unmatched; <c>mate[mate[v]] == v</c> for every
    /// matched v.
    /// </returns>
    /// <exception cref="ArgumentException">An edge names a vertex out of range, joins a vertex to itself, or has a weight that is not positive or exceeds <see cref="MaxWeight"/>.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static int[] Solve(
        int vertexCount,
        IReadOnlyList<WeightedEdge> edges,
        bool maximizeCardinality = false,
        CancellationToken cancellationToken = default)
    {
        return SolveWithCertificate(vertexCount, edges, maximizeCardinality, cancellationToken).Mates;
    }

    /// <summary><see cref="Solve"/>, with the dual solution that proves the result optimal.</summary>
    internal static (int[] Mates, MatchingCertificate Certificate) SolveWithCertificate(
        int vertexCount,
        IReadOnlyList<WeightedEdge> edges,
        bool maximizeCardinality = false,
        CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(vertexCount);
        ArgumentNullException.ThrowIfNull(edges);
        cancellationToken.ThrowIfCancellationRequested();
        for (var i = 0; i < edges.Count; i++)
        {
            var edge = edges[i];
            if ((uint)edge.U >= (uint)vertexCount || (uint)edge.V >= (uint)vertexCount)
            {
                throw new ArgumentException($"Edge {i} ({edge.U}, {edge.V}) names a vertex outside 0..{vertexCount - 1}.", nameof(edges));
            }

            if (edge.U == edge.V)
            {
                throw new ArgumentException($"Edge {i} joins vertex {edge.U} to itself.", nameof(edges));
            }

            if (edge.Weight is <= 0 or > MaxWeight)
            {
                throw new ArgumentException($"Edge {i} ({edge.U}, {edge.V}) has weight {edge.Weight}; weights must lie in 1..{MaxWeight}.", nameof(edges));
            }
        }

        var graph = Graph.Build(vertexCount, edges);
        if (graph.EdgeCount == 0)
        {
            var unmatched = new int[vertexCount];
            Array.Fill(unmatched, -1);
            return (unmatched, new MatchingCertificate(new long[vertexCount], []));
        }

        var solver = new Solver(graph, maximizeCardinality, cancellationToken);
        var mates = solver.Run();
        return (mates, solver.Certificate());
    }
}
