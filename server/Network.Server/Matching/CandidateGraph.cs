using Network.Server.Matching.Algorithms;

namespace Network.Server.Matching;

/// <summary>The eligible pairs of a pool: the matcher's edges, the candidates, and per mentor the eligible partners, the pairs already open and whether the mentor is at capacity.</summary>
internal sealed record CandidateGraph(List<WeightedEdge> Edges, List<CandidatePair> Candidates, int[] Degree, int[] AlreadyOpen, bool[] Full);
