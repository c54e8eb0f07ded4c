using System.Runtime.InteropServices;

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

    /// <summary>The state of one run. Blossoms are numbered n..2n − 1; a vertex is a trivial blossom of its own.</summary>
    private sealed partial class Solver
    {
        private const int Unlabelled = 0;
        private const int SLabel = 1;
        private const int TLabel = 2;

        /// <summary>Marks an S-blossom already passed while tracing back from a new tight edge.</summary>
        private const int Breadcrumb = 4;

        private const int None = -1;

        private readonly int _vertexCount;
        private readonly int[] _endpoint;
        private readonly long[] _doubleWeight;
        private readonly int[] _adjacencyStart;
        private readonly Incidence[] _adjacency;
        private readonly bool _maximizeCardinality;
        private readonly CancellationToken _cancellationToken;

        /// <summary>Per vertex: the remote endpoint of its matched edge, or <see cref="None"/>.</summary>
        private readonly int[] _mate;

        /// <summary>Per vertex: the top-level blossom that contains it (itself when it is in none).</summary>
        private readonly int[] _inBlossom;

        /// <summary>Per vertex and blossom: S, T or unlabelled. Labels of top-level blossoms count; a vertex inside a T-blossom also records whether it has been reached itself.</summary>
        private readonly int[] _label;

        /// <summary>Per vertex and blossom: the remote endpoint of the edge through which it got its label (<see cref="None"/> for a root).</summary>
        private readonly int[] _labelEnd;

        private readonly int[] _blossomParent;

        /// <summary>Per blossom: its base vertex, or <see cref="None"/> when the blossom number is not in use.</summary>
        private readonly int[] _blossomBase;

        /// <summary>Per blossom: its sub-blossoms around the odd cycle, starting with the one that holds the base.</summary>
        private readonly List<int>[] _children;

        /// <summary>Per blossom: the endpoints of the cycle's edges; edge i joins child i to child i + 1 (cyclically), pointing forwards.</summary>
        private readonly List<int>[] _childEndpoints;

        /// <summary>
        /// Per vertex and blossom: the least-slack edge to a different S-blossom (for an S-blossom), or
        /// from an S-blossom (for a vertex outside the S-blossoms), or <see cref="LeastSlackEdge.Absent"/>.
        /// </summary>
        private readonly LeastSlackEdge[] _bestEdge;

        /// <summary>
        /// Per vertex and blossom: set when <see cref="_bestEdge"/> is out of date and only a lower
        /// bound on the least slack is known, <see cref="_bestBound"/>. A bound is kept in a form that
        /// dual updates do not change: the slack plus <see cref="_dualShift"/> (for an unlabelled
        /// vertex, whose S-neighbours' duals all fall by each update) or plus twice it (for an
        /// S-blossom, where both ends fall).
        /// </summary>
        private readonly bool[] _bestIsBound;

        private readonly long[] _bestBound;

        /// <summary>The sum of all dual updates so far.</summary>
        private long _dualShift;

        /// <summary>Unlabelled vertices and S-blossoms whose records are only bounds, gathered during a dual update.</summary>
        private readonly List<int> _boundVertices = [];
        private readonly List<int> _boundBlossoms = [];

        /// <summary>Per S-blossom, when <see cref="_hasBestEdgeList"/> is set: for each other S-blossom, the least-slack edge to it.</summary>
        private readonly List<int>[] _bestEdgeList;

        private readonly bool[] _hasBestEdgeList;

        /// <summary>Doubled dual variables: vertex duals first, then blossom duals.</summary>
        private readonly long[] _dual;

        /// <summary>Per vertex in a labelled blossom: the root of its alternating tree.</summary>
        private readonly int[] _tree;

        /// <summary>Per vertex: set to the current <see cref="_dissolveStamp"/> when its tree is dissolved.</summary>
        private readonly int[] _dissolvedAt;

        private readonly List<int> _dissolved = [];
        private int _dissolveStamp;

        /// <summary>Per edge: known to be tight (or tight when its blossom was last expanded) while its ends keep their labels.</summary>
        private readonly bool[] _allowEdge;

        private readonly Stack<int> _unusedBlossoms;

        /// <summary>The blossom numbers in use, and each one's position in that list.</summary>
        private readonly List<int> _activeBlossoms = [];
        private readonly int[] _activePosition;

        /// <summary>S-vertices whose edges are still to be scanned.</summary>
        private readonly List<int> _queue = [];

        private readonly List<int> _leaves = [];
        private readonly List<int> _leafStack = [];
        private readonly List<int> _path = [];
        private readonly int[] _bestEdgeTo;
        private readonly List<int> _bestEdgeTouched = [];

        public Solver(Graph graph, bool maximizeCardinality, CancellationToken cancellationToken)
        {
            var n = graph.VertexCount;
            _vertexCount = n;
            _endpoint = graph.Endpoint;
            _doubleWeight = graph.DoubleWeight;
            _adjacencyStart = graph.AdjacencyStart;
            _adjacency = graph.Adjacency;
            _maximizeCardinality = maximizeCardinality;
            _cancellationToken = cancellationToken;

            _mate = new int[n];
            Array.Fill(_mate, None);
            _inBlossom = new int[n];
            for (var v = 0; v < n; v++)
            {
                _inBlossom[v] = v;
            }

            _label = new int[2 * n];
            _labelEnd = new int[2 * n];
            Array.Fill(_labelEnd, None);
            _blossomParent = new int[2 * n];
            Array.Fill(_blossomParent, None);
            _blossomBase = new int[2 * n];
            for (var b = 0; b < 2 * n; b++)
            {
                _blossomBase[b] = b < n ? b : None;
            }

            _children = new List<int>[2 * n];
            _childEndpoints = new List<int>[2 * n];
            _bestEdgeList = new List<int>[2 * n];
            for (var b = n; b < 2 * n; b++)
            {
                _children[b] = [];
                _childEndpoints[b] = [];
                _bestEdgeList[b] = [];
            }

            _hasBestEdgeList = new bool[2 * n];
            _bestEdge = new LeastSlackEdge[2 * n];
            Array.Fill(_bestEdge, LeastSlackEdge.Absent);
            _bestIsBound = new bool[2 * n];
            _bestBound = new long[2 * n];
            _bestEdgeTo = new int[2 * n];
            Array.Fill(_bestEdgeTo, None);

            // Initial duals: every vertex dual is the largest weight (doubled, like the weights), so
            // every slack starts non-negative; blossom duals start at zero.
            _dual = new long[2 * n];
            Array.Fill(_dual, graph.MaxEdgeWeight, 0, n);
            _allowEdge = new bool[graph.EdgeCount];
            _tree = new int[n];
            _dissolvedAt = new int[n];
            _activePosition = new int[2 * n];
            _unusedBlossoms = new Stack<int>(n);
            for (var b = 2 * n - 1; b >= n; b--)
            {
                _unusedBlossoms.Push(b);
            }
        }

        public int[] Run()
        {
            var n = _vertexCount;

            // Every free vertex is the root of an alternating tree, and stays one until it is matched.
            for (var v = 0; v < n; v++)
            {
                if (_mate[v] == None && _label[_inBlossom[v]] == Unlabelled)
                {
                    AssignLabel(v, SLabel, None);
                }
            }

            while (true)
            {
                // Grow the alternating trees along tight edges from the queued S-vertices, augmenting
                // whenever two trees meet.
                while (_queue.Count > 0)
                {
                    var v = _queue[^1];
                    _queue.RemoveAt(_queue.Count - 1);
                    if (_label[_inBlossom[v]] == SLabel && ScanVertex(v))
                    {
                        _cancellationToken.ThrowIfCancellationRequested();
                    }
                }

                _cancellationToken.ThrowIfCancellationRequested();

                // No tight edge is left to use: change the duals, or stop at the optimum.
                if (!UpdateDuals())
                {
                    break;
                }
            }

            var mates = new int[n];
            for (var v = 0; v < n; v++)
            {
                mates[v] = _mate[v] == None ? None : _endpoint[_mate[v]];
            }

            return mates;
        }

        /// <summary>The final vertex and blossom duals.</summary>
        public MatchingCertificate Certificate()
        {
            var n = _vertexCount;
            var blossoms = new List<BlossomDual>();
            foreach (var b in _activeBlossoms)
            {
                _leaves.Clear();
                AppendLeaves(b, _leaves);
                blossoms.Add(new BlossomDual([.. _leaves], _dual[b]));
            }

            return new MatchingCertificate(_dual[..n], blossoms);
        }

        /// <summary>Appends the vertices inside blossom b (b itself when it is a vertex).</summary>
        private void AppendLeaves(int b, List<int> output)
        {
            if (b < _vertexCount)
            {
                output.Add(b);
                return;
            }

            _leafStack.Clear();
            _leafStack.Add(b);
            while (_leafStack.Count > 0)
            {
                var top = _leafStack[^1];
                _leafStack.RemoveAt(_leafStack.Count - 1);
                if (top < _vertexCount)
                {
                    output.Add(top);
                }
                else
                {
                    var children = _children[top];
                    for (var i = children.Count - 1; i >= 0; i--)
                    {
                        _leafStack.Add(children[i]);
                    }
                }
            }
        }

        /// <summary>Element j of a cycle, where j may be negative (counted from the end).</summary>
        private static int At(List<int> cycle, int j) => cycle[j < 0 ? j + cycle.Count : j];

        private static void RotateLeft(List<int> list, int count)
        {
            var span = CollectionsMarshal.AsSpan(list);
            span[..count].Reverse();
            span[count..].Reverse();
            span.Reverse();
        }
    }
}
