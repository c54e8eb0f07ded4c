using BenchmarkDotNet.Attributes;
using Network.Server.Matching.Algorithms;

namespace Network.Benchmarks.Matching;

/// <summary>Planning a cohort: maximum-weight matching over pools of 500 to 2,000 mentors.</summary>
[MemoryDiagnoser]
public class MaximumWeightMatchingBenchmark
{
    private WeightedEdge[] _edges = [];

    [Params(500, 1_000, 2_000)]
    public int Pool { get; set; }

    [Params(false, true)]
    public bool MaximizeCardinality { get; set; }

    [GlobalSetup]
    public void CreatePool() => _edges = CohortGraph.Create(Pool, seed: 2026);

    [Benchmark]
    public int[] Solve() => MaximumWeightMatching.Solve(Pool, _edges, MaximizeCardinality);
}
