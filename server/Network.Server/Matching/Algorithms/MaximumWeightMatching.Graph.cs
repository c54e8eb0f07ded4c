// Set-up: the graph the solver works on, built once per call from the validated edges (duplicates
// merged, weights doubled, each vertex's edges in compressed sparse rows).

namespace Network.Server.Matching.Algorithms;

public static partial class MaximumWeightMatching
{
    /// <summary>
    /// The validated graph: distinct edges, each with its doubled weight, and for every vertex the
    /// endpoints at the far side of its edges, in compressed sparse rows.
    /// </summary>
    private sealed class Graph
    {
        private Graph(int vertexCount, int[] endpoint, long[] doubleWeight, long maxWeight, int[] adjacencyStart, Incidence[] adjacency)
        {
            VertexCount = vertexCount;
            Endpoint = endpoint;
            DoubleWeight = doubleWeight;
            MaxEdgeWeight = maxWeight;
            AdjacencyStart = adjacencyStart;
            Adjacency = adjacency;
        }

        public int VertexCount { get; }

        public int EdgeCount => DoubleWeight.Length;

        /// <summary>The vertex at endpoint p: edge p / 2, its U when p is even, its V when odd.</summary>
        public int[] Endpoint { get; }

        /// <summary>Twice each edge's weight, the form in which it enters every slack.</summary>
        public long[] DoubleWeight { get; }

        public long MaxEdgeWeight { get; }

        /// <summary>Vertex v's edges are <c>Adjacency[AdjacencyStart[v]..AdjacencyStart[v + 1]]</c>.</summary>
        public int[] AdjacencyStart { get; }

        public Incidence[] Adjacency { get; }

        public static Graph Build(int vertexCount, IReadOnlyList<WeightedEdge> edges)
        {
            // Bucket each (validated) edge under its smaller vertex, a counting sort, so that
            // duplicates can be found in linear time.
            var bucketStart = new int[vertexCount + 1];
            for (var i = 0; i < edges.Count; i++)
            {
                var edge = edges[i];
                bucketStart[Math.Min(edge.U, edge.V) + 1]++;
            }

            for (var v = 0; v < vertexCount; v++)
            {
                bucketStart[v + 1] += bucketStart[v];
            }

            var next = bucketStart.AsSpan(0, vertexCount).ToArray();
            var larger = new int[edges.Count];
            var weight = new long[edges.Count];
            for (var i = 0; i < edges.Count; i++)
            {
                var edge = edges[i];
                var slot = next[Math.Min(edge.U, edge.V)]++;
                larger[slot] = Math.Max(edge.U, edge.V);
                weight[slot] = edge.Weight;
            }

            // Keep one edge per pair, the heaviest. seenFrom[w] == v + 1 when the pair (v, w) has
            // already been kept, at index keptAt[w].
            var seenFrom = new int[vertexCount];
            var keptAt = new int[vertexCount];
            var endpoint = new int[2 * edges.Count];
            var doubleWeight = new long[edges.Count];
            var edgeCount = 0;
            var degree = new int[vertexCount + 1];
            long maxWeight = 0;
            for (var v = 0; v < vertexCount; v++)
            {
                for (var slot = bucketStart[v]; slot < bucketStart[v + 1]; slot++)
                {
                    var w = larger[slot];
                    if (seenFrom[w] == v + 1)
                    {
                        doubleWeight[keptAt[w]] = Math.Max(doubleWeight[keptAt[w]], 2 * weight[slot]);
                    }
                    else
                    {
                        seenFrom[w] = v + 1;
                        keptAt[w] = edgeCount;
                        endpoint[2 * edgeCount] = v;
                        endpoint[2 * edgeCount + 1] = w;
                        doubleWeight[edgeCount] = 2 * weight[slot];
                        edgeCount++;
                        degree[v + 1]++;
                        degree[w + 1]++;
                    }

                    maxWeight = Math.Max(maxWeight, weight[slot]);
                }
            }

            if (edgeCount < edges.Count)
            {
                Array.Resize(ref endpoint, 2 * edgeCount);
                Array.Resize(ref doubleWeight, edgeCount);
            }

            // Compressed sparse rows: for each vertex, its edges as seen from it.
            var adjacencyStart = degree;
            for (var v = 0; v < vertexCount; v++)
            {
                adjacencyStart[v + 1] += adjacencyStart[v];
            }

            var fill = adjacencyStart.AsSpan(0, vertexCount).ToArray();
            var adjacency = new Incidence[endpoint.Length];
            for (var p = 0; p < endpoint.Length; p++)
            {
                // The far end of endpoint p is p ^ 1: it is listed under the vertex at p.
                adjacency[fill[endpoint[p]]++] = new Incidence(endpoint[p ^ 1], p ^ 1, doubleWeight[p >> 1]);
            }

            return new Graph(vertexCount, endpoint, doubleWeight, maxWeight, adjacencyStart, adjacency);
        }
    }
}
