namespace Network.Benchmarks.Production;

/// <summary>
/// The soak's run cut into six equal periods (five minutes each in 30): per period requests, p50 and p99 over all its
/// requests, errors, and each instance's mean RSS. The first period is warm-up. Flat: in the last period every
/// instance's mean RSS is at most 10 % above its mean in the second (minutes 5–10 of 30), the p99 at most twice the
/// second period's, and no request failed. Memory that falls (the GC giving pages back) counts as flat: the rule is
/// for growth.
/// </summary>
internal static class SoakVerdict
{
    private const int Periods = 6;
    private const double RssGrowth = 1.10;
    private const double P99Growth = 2.0;

    public static bool Print(IReadOnlyList<SoakInterval> intervals, IReadOnlyList<ServerProcess> servers)
    {
        if (intervals.Count < Periods)
        {
            Console.WriteLine($"{intervals.Count} intervals are too few for {Periods} periods: give more --minutes or fewer --report-seconds.");
            return false;
        }

        var periods = Enumerable.Range(0, Periods)
            .Select(p => intervals.Skip(p * intervals.Count / Periods).Take(((p + 1) * intervals.Count / Periods) - (p * intervals.Count / Periods)).ToArray())
            .ToArray();
        var rows = periods.Select(p => (
            From: p[0].Start,
            To: p[^1].End,
            Times: Percentiles.Of([.. p.SelectMany(i => i.Log.Times())]),
            Errors: p.Sum(i => i.Log.Errors),
            Rss: servers.Select((_, s) => p.Average(i => i.RssMiB[s])).ToArray())).ToArray();

        Console.WriteLine();
        Console.WriteLine("| period | requests | p50 (ms) | p99 (ms) | errors | mean RSS " + string.Join(" · ", servers.Select(s => s.Name)) + " (MiB) |");
        Console.WriteLine("|---|---|---|---|---|---|");
        foreach (var row in rows)
        {
            Console.WriteLine($"| {row.From.TotalMinutes:F1}–{row.To.TotalMinutes:F1} min | {row.Times.Count:N0} | {row.Times.P50:F1} | {row.Times.P99:F1} | {row.Errors} | "
                + string.Join(" · ", row.Rss.Select(r => r.ToString("F0", System.Globalization.CultureInfo.InvariantCulture))) + " |");
        }

        var early = rows[1];
        var late = rows[^1];
        var memoryFlat = servers.Select((_, s) => late.Rss[s] <= early.Rss[s] * RssGrowth).All(flat => flat);
        var latencyFlat = late.Times.P99 <= early.Times.P99 * P99Growth;
        var errors = rows.Sum(r => r.Errors);
        Console.WriteLine();
        Console.WriteLine($"Rule: last period's mean RSS at most {(RssGrowth - 1) * 100:F0} % above the second period's for each instance "
            + $"({(memoryFlat ? "yes" : "NO")}), last period's p99 at most {P99Growth:F0}× the second's ({late.Times.P99:F1} ms against {early.Times.P99:F1} ms: {(latencyFlat ? "yes" : "NO")}), "
            + $"no errors ({errors}).");
        var flat = memoryFlat && latencyFlat && errors == 0;
        Console.WriteLine($"Verdict: {(flat ? "flat" : "NOT flat")}.");
        return flat;
    }
}
