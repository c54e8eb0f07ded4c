using System.Diagnostics;
using BenchmarkDotNet.Running;
using Network.Server.Matching.Algorithms;

namespace Network.Benchmarks.Matching;

/// <summary>
/// The <c>matching</c> mode: <see cref="MaximumWeightMatchingBenchmark"/> under BenchmarkDotNet, or with
/// <c>--quick</c> a few timed runs of each case in this process (to iterate on the algorithm). See
/// README.md.
/// </summary>
internal static class MatchingBenchmarks
{
    public static int Run(string[] args)
    {
        if (!args.Contains("--quick"))
        {
            var summary = BenchmarkRunner.Run<MaximumWeightMatchingBenchmark>(args: args);
            return summary.HasCriticalValidationErrors || summary.Reports.Any(r => !r.Success) ? 1 : 0;
        }

        foreach (var pool in new[] { 500, 1_000, 2_000 })
        {
            var edges = CohortGraph.Create(pool, seed: 2026);
            foreach (var maximizeCardinality in new[] { false, true })
            {
                var times = new List<double>();
                var cpuTimes = new List<double>();
                int[] mates = [];
                using var process = Process.GetCurrentProcess();
                for (var run = 0; run < 7; run++)
                {
                    process.Refresh();
                    var cpu = process.TotalProcessorTime;
                    var clock = Stopwatch.StartNew();
                    mates = MaximumWeightMatching.Solve(pool, edges, maximizeCardinality);
                    times.Add(clock.Elapsed.TotalMilliseconds);
                    process.Refresh();
                    cpuTimes.Add((process.TotalProcessorTime - cpu).TotalMilliseconds);
                }

                // The first run includes JIT compilation; report the medians of the others. Processor
                // time is the steadier figure on a machine shared with other work.
                Console.WriteLine(
                    $"pool {pool,5}, {edges.Length,7:N0} edges, maximizeCardinality {maximizeCardinality,-5}: " +
                    $"median {Median(times),7:F1} ms elapsed, {Median(cpuTimes),7:F1} ms processor (first run {times[0]:F1} ms), " +
                    $"{mates.Count(m => m >= 0) / 2} pairs, total score {Score(edges, mates):N0}");
            }
        }

        return 0;
    }

    private static double Median(List<double> runs)
    {
        var steady = runs.Skip(1).Order().ToList();
        return steady[steady.Count / 2];
    }

    private static long Score(WeightedEdge[] edges, int[] mates)
    {
        long total = 0;
        foreach (var edge in edges)
        {
            if (mates[edge.U] == edge.V)
            {
                total += edge.Weight;
            }
        }

        return total;
    }
}
