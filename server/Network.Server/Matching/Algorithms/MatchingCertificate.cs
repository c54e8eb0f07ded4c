namespace Network.Server.Matching.Algorithms;

/// <summary>
/// The dual solution with which <see cref="MaximumWeightMatching"/> finished: a proof that its matching
/// is optimal, which tests check independently of the algorithm (linear-programming duality).
/// </summary>
/// <remarks>
/// With vertex duals y (doubled, like the weights) and blossom duals z, the slack of an edge (u, v) is
/// <c>y[u] + y[v] − 2 w(u, v) + 2 Σ z[B]</c> over the blossoms B that contain both u and v. The matching
/// is of maximum weight when every slack and every z is non-negative, matched edges have zero slack,
/// every blossom with positive z holds (|B| − 1) / 2 matched pairs, and every vertex dual is
/// non-negative with the unmatched vertices' at zero. When cardinality comes first, the vertex duals
/// may all be shifted by the same amount: the unmatched vertices' duals are then all equal to the
/// smallest vertex dual.
/// </remarks>
internal sealed record MatchingCertificate(long[] VertexDuals, IReadOnlyList<BlossomDual> Blossoms);

/// <summary>A blossom of the final solution: its vertices and its dual.</summary>
internal sealed record BlossomDual(int[] Vertices, long Dual);
