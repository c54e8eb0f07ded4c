using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Network.Server.Data;
using Network.Server.Geo;
using Network.Server.Identity;
using Network.Server.Insights;
using Network.Server.Skills;
using Npgsql;

namespace Network.Benchmarks;

/// <summary>
/// Regional insights on a large network: how long the server takes to work one snapshot of the figures out (timed in
/// the server's process, where the benchmark hosts it), how much memory the process holds after it, and the latency
/// over HTTP of six insight queries as a partner, each sent a fixed number of times one after another. See README.md.
/// </summary>
internal static class InsightsBenchmark
{
    /// <summary>The target of the product issue: any insight query answered in under 300 ms (median).</summary>
    private static readonly TimeSpan Target = TimeSpan.FromMilliseconds(300);

    private const int WarmupRequests = 5;

    private const int Refreshes = 3;

    /// <summary>Six figures, each with whether and why it is withheld, as a dashboard would ask for them.</summary>
    private const string Figures = """
        fragment F on InsightCell {
          openSkillsGaps { ...C } hardToFillVacancies { ...C } employersReportingGaps { ...C }
          mentorsOffering { ...C } pairingsFormed { ...C } supplyDemandRatio { value suppressed reason }
        }
        fragment C on InsightCount { value suppressed reason }
        """;

    private static readonly Query[] Queries =
    [
        new("regionalInsights", "no grouping", "regionalInsights", $$"""
            query { regionalInsights { asOf from to cells { ...F } } }
            {{Figures}}
            """),
        new("regionalInsights", "LOCAL_AUTHORITY, SECTOR", "regionalInsights", $$"""
            query { regionalInsights(groupBy: [LOCAL_AUTHORITY, SECTOR]) { asOf cells { localAuthority { code name } sector ...F } } }
            {{Figures}}
            """),
        new("regionalInsights", "LOCAL_AUTHORITY, SKILL", "regionalInsights", $$"""
            query { regionalInsights(groupBy: [LOCAL_AUTHORITY, SKILL]) { asOf cells { localAuthority { code name } skill { id name } ...F } } }
            {{Figures}}
            """),
        new("regionalInsights", "SKILL, MONTH; sector CONSTRUCTION", "regionalInsights", $$"""
            query { regionalInsights(groupBy: [SKILL, MONTH], where: { sectors: [CONSTRUCTION] }) { asOf cells { skill { id name } month ...F } } }
            {{Figures}}
            """),
        new("regionalInsightsMap", "features with geometry", "regionalInsightsMap", $$"""
            query { regionalInsightsMap { type asOf attribution features { type id geometry { type coordinates } properties { ...F } } } }
            {{Figures}}
            """),
        new("hotspots", "first: 3", "hotspots", $$"""
            query { hotspots(first: 3) { localAuthority { code name } skills { rank unmetDemand skill { id name } figures { ...F } } } }
            {{Figures}}
            """),
    ];

    public static async Task<int> RunAsync(BenchmarkOptions options)
    {
        Console.WriteLine(
            $"Regional insights on a network of {options.Mentors:N0} mentors: {Refreshes} refreshes of the snapshot timed in the server's process, "
            + $"then {Queries.Length} queries over HTTP as a partner, one client, {WarmupRequests} rounds to warm up and {options.Requests} timed, the queries in turn.");
        var seeding = Stopwatch.StartNew();
        await using var database = await BenchmarkDatabase.CreateAsync(options.Mentors);
        Console.WriteLine($"Seeded in {seeding.Elapsed.TotalMinutes:F1} min.");

        // The benchmark works the snapshots out itself, to time them; the server's own schedule would only add one at random.
        await using var server = await BenchmarkServer.StartAsync(
            database.ConnectionString,
            new Dictionary<string, string?> { ["Insights:WarmOnStart"] = "false", ["Insights:RefreshInterval"] = "1.00:00:00" });
        Console.WriteLine($"Data: {await database.DescribeAsync()}");
        Console.WriteLine($"Process before the first snapshot: {Memory()}");

        var snapshots = server.Services.GetRequiredService<InsightSnapshots>();
        for (var refresh = 1; refresh <= Refreshes; refresh++)
        {
            var clock = Stopwatch.StartNew();
            var snapshot = await snapshots.RefreshAsync(CancellationToken.None);
            Console.WriteLine($"Refresh {refresh}: {clock.Elapsed.TotalMilliseconds:N0} ms (the server's own timing: {snapshot.Took.TotalMilliseconds:N0} ms); process after it: {Memory()}");
        }

        await BreakdownAsync(server);

        var partner = server.Services.GetRequiredService<TokenIssuer>().Issue("benchmark-partner", [Role.Partner], lifetime: TimeSpan.FromHours(2));
        using var client = server.CreateClient(1);
        client.Timeout = TimeSpan.FromMinutes(2);
        foreach (var query in Queries)
        {
            Console.WriteLine($"{query.Name}, {query.Variant}: {Check(query, await PostAsync(client, partner, query))}");
        }

        var elapsed = Queries.Select(_ => new double[options.Requests]).ToArray();
        var bytes = new int[Queries.Length];
        for (var i = -WarmupRequests; i < options.Requests; i++)
        {
            for (var q = 0; q < Queries.Length; q++)
            {
                var start = Stopwatch.GetTimestamp();
                var body = await PostAsync(client, partner, Queries[q]);
                var time = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
                Check(Queries[q], body);
                if (i >= 0)
                {
                    elapsed[q][i] = time;
                    bytes[q] = System.Text.Encoding.UTF8.GetByteCount(body);
                }
            }
        }

        Console.WriteLine();
        Console.WriteLine("| query | breakdown | requests | min | median | p95 | max | answer |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|");
        var medians = new List<double>();
        for (var q = 0; q < Queries.Length; q++)
        {
            var sorted = elapsed[q].Order().ToArray();
            var median = sorted[sorted.Length / 2];
            medians.Add(median);
            Console.WriteLine(
                $"| {Queries[q].Name} | {Queries[q].Variant} | {sorted.Length} | {Format(sorted[0])} | {Format(median)} | {Format(sorted[(int)(sorted.Length * 0.95)])} | {Format(sorted[^1])} | {bytes[q] / 1024.0:N1} KiB |");
        }

        Console.WriteLine();
        Console.WriteLine($"Process after the queries: {Memory()}");
        var met = medians.All(m => m < Target.TotalMilliseconds);
        Console.WriteLine($"Slowest median {Format(medians.Max())}; target: every median under {Target.TotalMilliseconds:F0} ms: {(met ? "met" : "not met")}.");
        return met ? 0 : 1;
    }

    /// <summary>
    /// One more snapshot worked out step by step as <see cref="InsightSnapshots.RefreshAsync"/> does, each step timed: reading the
    /// facts from the database into the cube, listing the sums that link the figures, and deciding which figures are withheld.
    /// </summary>
    private static async Task BreakdownAsync(BenchmarkServer server)
    {
        var factory = server.Services.GetRequiredService<IDbContextFactory<NetworkDbContext>>();
        var asOf = DateTimeOffset.UtcNow;
        var start = Stopwatch.GetTimestamp();
        await using var db = await factory.CreateDbContextAsync();
        var skills = await db.Skills.AsNoTracking().ToListAsync();
        var thisMonth = new DateOnly(asOf.UtcDateTime.Year, asOf.UtcDateTime.Month, 1);
        var axes = new InsightAxes(PostcodeDirectory.Instance.LocalAuthorities, skills, thisMonth.AddMonths(1 - InsightAxes.WindowMonths));
        var cube = new InsightCube(axes);
        await db.Database.OpenConnectionAsync();
        var setUp = Stopwatch.GetElapsedTime(start);
        start = Stopwatch.GetTimestamp();
        await InsightFacts.ReadAsync((NpgsqlConnection)db.Database.GetDbConnection(), cube, asOf, CancellationToken.None);
        var facts = Stopwatch.GetElapsedTime(start);
        start = Stopwatch.GetTimestamp();
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var relations = InsightRelations.For(axes);
        var linking = Stopwatch.GetElapsedTime(start);
        var linkingBytes = GC.GetAllocatedBytesForCurrentThread() - allocated;
        start = Stopwatch.GetTimestamp();
        allocated = GC.GetAllocatedBytesForCurrentThread();
        var reasons = InsightDisclosure.Decide(cube, relations, out var unaudited);
        var deciding = Stopwatch.GetElapsedTime(start);
        var decidingBytes = GC.GetAllocatedBytesForCurrentThread() - allocated;
        Console.WriteLine(
            $"Where a refresh's time goes: set-up {setUp.TotalMilliseconds:N0} ms; reading the facts into the cube {facts.TotalMilliseconds:N0} ms; "
            + $"listing the sums {linking.TotalMilliseconds:N0} ms, {Mebibytes(linkingBytes)} allocated ({relations.Count:N0} sums); "
            + $"deciding what is withheld {deciding.TotalMilliseconds:N0} ms, {Mebibytes(decidingBytes)} allocated ({reasons.Count(r => r != InsightSuppression.None):N0} of {reasons.Length:N0} figures withheld, {unaudited:N0} unaudited; {axes.CellCount:N0} cells a measure; "
            + $"fingerprint of the values and decisions {Fingerprint(cube.Values, reasons):x16}).");

        // The facts' statements alone: every column of every row read, nothing counted; then the largest under EXPLAIN.
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        var windowStart = new DateTimeOffset(axes.FirstMonth, TimeOnly.MinValue, TimeSpan.Zero);
        (string Name, string Sql)[] statements =
        [
            ("gaps", InsightFacts.GapsSql), ("mentors", InsightFacts.MentorsSql), ("pairings", InsightFacts.PairingsSql), ("registrations", InsightFacts.RegistrationsSql),
        ];
        foreach (var (name, sql) in statements)
        {
            start = Stopwatch.GetTimestamp();
            var rows = 0;
            await using (var command = InsightFacts.Query(connection, sql, asOf, windowStart))
            await using (var reader = await command.ExecuteReaderAsync())
            {
                var values = new object[reader.FieldCount];
                while (await reader.ReadAsync())
                {
                    reader.GetValues(values);
                    rows++;
                }
            }

            Console.WriteLine($"The {name} statement alone: {rows:N0} rows in {Stopwatch.GetElapsedTime(start).TotalMilliseconds:N0} ms.");
        }

        await using var explain = InsightFacts.Query(connection, "EXPLAIN (ANALYZE, BUFFERS) " + InsightFacts.MentorsSql, asOf, windowStart);
        await using var plan = await explain.ExecuteReaderAsync();
        while (await plan.ReadAsync())
        {
            Console.WriteLine(plan.GetString(0));
        }
    }

    /// <summary>A hash of every figure and every decision, to tell whether two builds work out the same snapshot from the same data.</summary>
    private static ulong Fingerprint(long[] values, InsightSuppression[] reasons)
    {
        var hash = 14695981039346656037UL;
        for (var i = 0; i < values.Length; i++)
        {
            hash = (hash ^ (ulong)values[i]) * 1099511628211UL;
            hash = (hash ^ (ulong)reasons[i]) * 1099511628211UL;
        }

        return hash;
    }

    /// <summary>The process's working set and managed heap after a full collection (client, server and benchmark together).</summary>
    private static string Memory()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        using var process = Process.GetCurrentProcess();
        return $"working set {process.WorkingSet64 / 1048576.0:N0} MiB, managed heap {GC.GetTotalMemory(forceFullCollection: false) / 1048576.0:N0} MiB";
    }

    private static string Format(double milliseconds) => $"{milliseconds:N1} ms";

    private static string Mebibytes(long bytes) => $"{bytes / 1048576.0:N1} MiB";

    private static async Task<string> PostAsync(HttpClient client, string token, Query query)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query = query.Text }) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        return response.IsSuccessStatusCode ? body : throw new InvalidOperationException($"{query.Name} failed ({(int)response.StatusCode}): {Truncate(body)}");
    }

    /// <summary>Checks an answer has data and no errors; a summary of it: rows, and how many of the counts in it are withheld.</summary>
    private static string Check(Query query, string body)
    {
        var json = JsonNode.Parse(body);
        if (json?["errors"] is not null || json?["data"]?[query.Field] is not JsonNode answer)
        {
            throw new InvalidOperationException($"{query.Name} answered with errors: {Truncate(body)}");
        }

        var rows = answer switch
        {
            JsonArray hotspots => hotspots.Sum(h => h!["skills"]!.AsArray().Count),
            _ when answer["features"] is JsonArray features => features.Count,
            _ => answer["cells"]!.AsArray().Count,
        };
        var withheld = body.Split("\"suppressed\":true").Length - 1;
        var shown = body.Split("\"suppressed\":false").Length - 1;
        return rows > 0
            ? $"{rows} rows, {withheld} of {withheld + shown} figures withheld; {body.Length / 1024.0:N1} KiB"
            : throw new InvalidOperationException($"{query.Name} answered no rows: {Truncate(body)}");
    }

    private static string Truncate(string text) => text.Length <= 600 ? text : text[..600] + "…";

    /// <summary>One query to time: the root field, the breakdown it asks for, the field its answer is under, and its text.</summary>
    private sealed record Query(string Name, string Variant, string Field, string Text);
}
