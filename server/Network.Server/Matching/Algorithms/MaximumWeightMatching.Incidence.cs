// Set-up: one entry of a vertex's row in the graph's adjacency, a type of its own so that scanning a
// vertex's edges reads a single array in order.

namespace Network.Server.Matching.Algorithms;

public static partial class MaximumWeightMatching
{
    /// <summary>
    /// An edge as seen from one of its vertices: the vertex at the far end, the far endpoint (whose
    /// index halved is the edge's), and the doubled weight; kept together so that scanning a vertex's
    /// edges reads memory in order.
    /// </summary>
    private readonly record struct Incidence(int Vertex, int Endpoint, long DoubleWeight)
    {
        public int Edge => Endpoint >> 1;
    }
}
