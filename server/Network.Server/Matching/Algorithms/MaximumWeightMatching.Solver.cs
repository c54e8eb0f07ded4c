// The state of one run and its set-up: labels, the nesting of blossoms, duals and least-slack
// records, in arrays indexed by vertex or blossom number, with the small walks over blossoms that
// every phase uses. The phases themselves are in MaximumWeightMatching.Solver.*.cs.

using System.Runtime.InteropServices;

namespace Network.Server.Matching.Algorithms;

public static partial class MaximumWeightMatching
{
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
                var top = PopWalk();
                if (top < _vertexCount)
                {
                    output.Add(top);
                }
                else
                {
                    PushChildren(top);
                }
            }
        }

        /// <summary>Pushes blossom b's children onto the walk's stack, last first, so that they come off it in order.</summary>
        private void PushChildren(int b)
        {
            var children = _children[b];
            for (var i = children.Count - 1; i >= 0; i--)
            {
                _leafStack.Add(children[i]);
            }
        }

        private int PopWalk()
        {
            var top = _leafStack[^1];
            _leafStack.RemoveAt(_leafStack.Count - 1);
            return top;
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
