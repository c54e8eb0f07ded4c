using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Network.Server.Geo;
using Network.Server.Identity;
using Npgsql;

namespace Network.Benchmarks;

/// <summary>
/// Nearest first at scale: the first page (first: 20) of skillsGaps, employers and mentors within 10 km of B1
/// ordered by distanceKm ASC, and a later page by cursor, one client; with the plans PostgreSQL chooses.
/// </summary>
internal static class NearestBenchmark
{
    private const int PageSize = 20;
    private const int LaterPage = 10;

    private static readonly string[] Lists = ["skillsGaps", "employers", "mentors"];

    public static async Task<int> RunAsync(BenchmarkOptions options)
    {
        var clock = Stopwatch.StartNew();
        await using var database = await BenchmarkDatabase.CreateAsync(options.Mentors);
        Console.WriteLine($"Seeded in {clock.Elapsed.TotalSeconds:F0} s. Data: {await database.DescribeAsync()}");
        await using var server = await BenchmarkServer.StartAsync(database.ConnectionString);
        using var client = server.CreateClient(1);
        var admin = server.Services.GetRequiredService<TokenIssuer>().Issue("benchmark-admin", [Role.Admin], lifetime: TimeSpan.FromHours(2));
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", admin);

        using (var anonymous = server.CreateClient(1))
        {
            await SkillsGapsNearQuery.CheckSameAnswerAsync(anonymous);
        }

        await ExplainAsync(database.ConnectionString);

        var slowest = 0.0;
        foreach (var list in Lists)
        {
            var cursor = await CursorAfterPagesAsync(client, list, LaterPage - 1);
            foreach (var (name, after) in new[] { ("first page", (string?)null), ($"page {LaterPage}", cursor) })
            {
                var workload = new Workload($"{list}, {name}", () => SendAsync(client, list, after));
                await LoadGenerator.RunAsync(workload, 1, options.Warmup);
                var requests = Enumerable.Repeat<Func<Task>>(workload.SendAsync, options.Requests).ToList();
                var result = await LoadGenerator.RunEachAsync(workload.Name, requests, 1);
                Console.WriteLine($"{result.Name}: median {result.Median.TotalMilliseconds:F2} ms, p95 {result.P95.TotalMilliseconds:F2} ms, max {result.Max.TotalMilliseconds:F2} ms ({result.Requests} requests)");
                if (after is null)
                {
                    slowest = Math.Max(slowest, result.Median.TotalMilliseconds);
                }
            }
        }

        Console.WriteLine($"Slowest first-page median: {slowest:F2} ms (target <= 5 ms)");
        return slowest <= 5 ? 0 : 1;
    }

    private static string Query(string list) => $$"""
        query Nearest($after: String) {
          {{list}}(near: { origin: { postcode: "B1" }, radiusKm: 10 }, order: [{ distanceKm: ASC }], first: {{PageSize}}, after: $after) {
            nodes { id distanceKm }
            pageInfo { hasNextPage endCursor }
          }
        }
        """;

    private static async Task<JsonNode> SendAsync(HttpClient client, string list, string? after)
    {
        using var response = await client.PostAsJsonAsync("/graphql", new { query = Query(list), variables = new { after } });
        response.EnsureSuccessStatusCode();
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        var page = body["data"]?[list] ?? throw new InvalidOperationException($"{list} failed: {body.ToJsonString()}");
        if (page["nodes"]!.AsArray().Count != PageSize)
        {
            throw new InvalidOperationException($"{list} returned {page["nodes"]!.AsArray().Count} rows, not {PageSize}.");
        }

        return page;
    }

    private static async Task<string> CursorAfterPagesAsync(HttpClient client, string list, int pages)
    {
        string? after = null;
        for (var i = 0; i < pages; i++)
        {
            after = (await SendAsync(client, list, after))["pageInfo"]!["endCursor"]!.GetValue<string>();
        }

        return after!;
    }

    /// <summary>The plans of the first page and of page 10 of the default benchmark's skillsGaps query (open gaps, anonymous), as the server sends them.</summary>
    private static async Task ExplainAsync(string connectionString)
    {
        var origin = ((GeocodeOutcome.Found)PostcodeDirectory.Instance.Geocode("B1")).District.Centroid;
        await using var dataSource = new NpgsqlDataSourceBuilder(connectionString).UseNetTopologySuite().Build();
        await using var connection = await dataSource.OpenConnectionAsync();
        await using (var jit = new NpgsqlCommand("SET jit = off; SET enable_sort = off", connection))
        {
            await jit.ExecuteNonQueryAsync();
        }

        foreach (var (name, offset) in new[] { ("first page", 0), ($"page {LaterPage}", (LaterPage - 1) * PageSize) })
        {
            // The later page's cursor condition, as the server adds it for an after cursor.
            var sql = offset == 0
                ? BaselineEndpoint.PositionsSql
                : BaselineEndpoint.PositionsSql.Replace(
                    "AND ST_DWithin(e.location, @Value1, @Value2)",
                    "AND ST_DWithin(e.location, @Value1, @Value2) AND (e.location <-> @Value1 > @Value3 OR (e.location <-> @Value1 = @Value3 AND (e.id > @Value5 OR (e.id = @Value5 AND s.id > @Value4))))",
                    StringComparison.Ordinal);
            var (distance, place, key) = offset == 0 ? (0.0, 0, 0) : await PositionAtAsync(connection, origin, offset - 1);
            await using var command = new NpgsqlCommand($"EXPLAIN (ANALYZE, COSTS OFF) {sql}", connection);
            command.Parameters.AddWithValue("Value1", origin);
            command.Parameters.AddWithValue("Value", 0);
            command.Parameters.AddWithValue("Value2", 10_000.0);
            command.Parameters.AddWithValue("Value3", distance);
            command.Parameters.AddWithValue("Value4", key);
            command.Parameters.AddWithValue("Value5", place);
            command.Parameters.AddWithValue("page_size", PageSize + 1);
            Console.WriteLine($"skillsGaps, {name}:");
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                Console.WriteLine($"  {reader.GetString(0)}");
            }
        }
    }

    private static async Task<(double Distance, int Place, int Key)> PositionAtAsync(NpgsqlConnection connection, NetTopologySuite.Geometries.Point origin, int index)
    {
        await using var command = new NpgsqlCommand(BaselineEndpoint.PositionsSql.Replace("LIMIT @page_size", "OFFSET @at LIMIT 1", StringComparison.Ordinal), connection);
        command.Parameters.AddWithValue("Value1", origin);
        command.Parameters.AddWithValue("Value", 0);
        command.Parameters.AddWithValue("Value2", 10_000.0);
        command.Parameters.AddWithValue("at", index);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return (reader.GetDouble(2), reader.GetInt32(1), reader.GetInt32(0));
    }
}
