// Dual updates: the least-slack edge recorded per vertex and per blossom, from which each dual update
// finds its amount without visiting every edge.

namespace Network.Server.Matching.Algorithms;

public static partial class MaximumWeightMatching
{
    /// <summary>
    /// A least-slack edge, recorded with its two vertices and doubled weight so that its slack can be
    /// read without touching the (much larger) edge arrays.
    /// </summary>
    private readonly record struct LeastSlackEdge(int Edge, int U, int V, long DoubleWeight)
    {
        public static readonly LeastSlackEdge Absent = new(-1, 0, 0, 0);

        public bool IsAbsent => Edge < 0;

        public int FarEnd(int v) => U == v ? V : U;
    }
}
