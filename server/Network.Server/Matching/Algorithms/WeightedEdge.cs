namespace Network.Server.Matching.Algorithms;

/// <summary>
/// An undirected edge between vertices <paramref name="U"/> and <paramref name="V"/> (numbered from
/// zero) with a positive integer <paramref name="Weight"/>; (U, V) and (V, U) are the same edge.
/// </summary>
public readonly record struct WeightedEdge(int U, int V, long Weight);
