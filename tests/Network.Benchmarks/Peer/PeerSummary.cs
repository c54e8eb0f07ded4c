using Network.Benchmarks.Production;

namespace Network.Benchmarks.Peer;

/// <summary>
/// The README's tables from the timed phases: per query, number of clients and server, the rounds together (requests over
/// time, times pooled, CPU and statements summed); then ours against the peer's CPU per request and throughput, and the
/// floor's against the peer's, which tells what any ASP.NET Core server could reach.
/// </summary>
internal static class PeerSummary
{
    /// <summary>Prints the tables; true when every query and number of clients meets the target.</summary>
    public static bool Print(IReadOnlyList<PhaseFigures> phases, string ours, string peer, string floor)
    {
        Console.WriteLine();
        Console.WriteLine("| query | clients | server | req/s | p50 / p99 (ms) | CPU ms/request: server | PostgreSQL (its backends) | together | statements/request | PostgreSQL ms/statement: execution, planning |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|---|---|");
        var groups = phases.GroupBy(p => (p.Query, p.Clients))
            .Select(g => new Group(g.Key.Query, g.Key.Clients, Sum(g.Where(p => p.Server == ours)), Sum(g.Where(p => p.Server == peer)), Sum(g.Where(p => p.Server == floor))))
            .ToArray();
        foreach (var (query, clients, o, p, f) in groups)
        {
            foreach (var t in (Totals[])[o, p, f])
            {
                Console.WriteLine($"| {query} | {clients} | {t.Server} | {t.RequestsPerSecond:F0} | {t.Times.P50:F1} / {t.Times.P99:F1} | {t.ServerMs:F2} | {t.PostgresMs:F2} ({t.BackendMs:F2}) | "
                    + $"**{t.ServerMs + t.PostgresMs:F2}** | {t.StatementsPerRequest:F2} | {t.MillisecondsPerStatement:F3}, {t.PlanMillisecondsPerStatement:F3} |");
            }
        }

        var met = PrintRatios(groups, ours, g => g.Ours, peer);
        PrintRatios(groups, floor, g => g.Floor, peer);

        Console.WriteLine();
        Console.WriteLine($"Target: {ours} and PostgreSQL at most {PeerBenchmark.CpuTarget:F1} of {peer}'s CPU per request, and ahead in throughput: {(met ? "met" : "NOT met")}.");
        return met;
    }

    /// <summary>One server's CPU per request and throughput over the peer's, per query and number of clients; true when every row meets the target.</summary>
    private static bool PrintRatios(Group[] groups, string name, Func<Group, Totals> pick, string peer)
    {
        Console.WriteLine();
        Console.WriteLine($"| query | clients | CPU per request, {name} / {peer} (server + PostgreSQL) | server alone | PostgreSQL alone | throughput {name} / {peer} |");
        Console.WriteLine("|---|---|---|---|---|---|");
        var met = true;
        foreach (var group in groups)
        {
            var (t, p) = (pick(group), group.Peer);
            var cpu = (t.ServerMs + t.PostgresMs) / (p.ServerMs + p.PostgresMs);
            var throughput = t.RequestsPerSecond / p.RequestsPerSecond;
            met &= cpu <= PeerBenchmark.CpuTarget && throughput > 1;
            Console.WriteLine($"| {group.Query} | {group.Clients} | **{cpu:F2}** | {t.ServerMs / p.ServerMs:F2} | {t.PostgresMs / p.PostgresMs:F2} | **{throughput:F2}** |");
        }

        return met;
    }

    private static Totals Sum(IEnumerable<PhaseFigures> phases)
    {
        var all = phases.ToArray();
        var requests = all.Sum(p => p.Requests);
        double PerRequest(double seconds) => seconds * 1000 / Math.Max(1, requests);
        var calls = all.Sum(p => p.StatementCalls);
        return new Totals(
            all[0].Server,
            requests / all.Sum(p => p.Elapsed.TotalSeconds),
            Percentiles.Of([.. all.SelectMany(p => p.TimesMs)]),
            PerRequest(all.Sum(p => p.ServerCpuSeconds)),
            PerRequest(all.Sum(p => p.PostgresCpuSeconds)),
            PerRequest(all.Sum(p => p.BackendCpuSeconds)),
            calls / (double)Math.Max(1, requests),
            all.Sum(p => p.StatementMilliseconds) / Math.Max(1, calls),
            all.Sum(p => p.PlanMilliseconds) / Math.Max(1, calls));
    }

    private sealed record Group(string Query, int Clients, Totals Ours, Totals Peer, Totals Floor);

    private sealed record Totals(string Server, double RequestsPerSecond, Percentiles Times, double ServerMs, double PostgresMs, double BackendMs, double StatementsPerRequest, double MillisecondsPerStatement, double PlanMillisecondsPerStatement);
}
