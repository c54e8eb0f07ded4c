using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Network.Server.Data;
using Network.Server.GraphQL.Relay;
using Network.Server.Identity;
using Npgsql;

namespace Network.Benchmarks;

/// <summary>
/// How mentorMatches latency grows with the size of the network: for each size, a fresh database,
/// the real server, a warm-up, then the same number of requests for a fixed-seed random sample of
/// active mentors, and the shortlist statement under <c>EXPLAIN (ANALYZE, BUFFERS)</c>. See README.md.
/// </summary>
internal static class MatchesBenchmark
{
    /// <summary>The target of the product issue: the largest network at most this many times the smallest.</summary>
    private const double TargetRatio = 3.0;

    private const string Query = """
        query Matches($id: ID!, $first: Int) {
          mentorMatches(mentorId: $id, first: $first) {
            partner { id careerStage }
            score distanceKm format
            teaches { skill { slug } addressesGap }
            learns { skill { slug } addressesGap }
            gapsAddressed { id }
            reasons
          }
        }
        """;

    public static async Task<int> RunAsync(BenchmarkOptions options)
    {
        Console.WriteLine($"mentorMatches(mentorId, first: 10) for {options.Requests} active mentors sampled with a fixed seed, {options.Concurrency} client(s), after {options.Warmup.TotalSeconds:F0} s of warm-up.");
        var results = new List<(int Mentors, Timings Timings)>();
        foreach (var size in options.Sizes)
        {
            results.Add((size, await MeasureSizeAsync(size, options)));
        }

        Console.WriteLine();
        Console.WriteLine("| mentors | requests | median | p95 | max | suggestions per answer |");
        Console.WriteLine("|---|---|---|---|---|---|");
        foreach (var (mentors, timings) in results)
        {
            Console.WriteLine($"| {mentors:N0} | {timings.Count} | {Format(timings.Median)} | {Format(timings.P95)} | {Format(timings.Max)} | {timings.Suggestions:F1} |");
        }

        if (results.Count < 2)
        {
            return 0;
        }

        var (smallest, first) = results.MinBy(r => r.Mentors);
        var (largest, last) = results.MaxBy(r => r.Mentors);
        var ratio = last.Median / first.Median;
        Console.WriteLine(
            $"{largest:N0} / {smallest:N0} mentors: median {ratio:F2}×, p95 {last.P95 / first.P95:F2}×, max {last.Max / first.Max:F2}× "
            + $"for {largest / (double)smallest:N0}× the mentors (target: median under {TargetRatio}×)");
        return ratio < TargetRatio ? 0 : 1;
    }

    private static async Task<Timings> MeasureSizeAsync(int mentors, BenchmarkOptions options)
    {
        Console.WriteLine();
        Console.WriteLine($"## {mentors:N0} mentors");
        await using var database = await BenchmarkDatabase.CreateAsync(mentors);
        var capture = new ShortlistCommandCapture();
        await using var server = await BenchmarkServer.StartAsync(
            database.ConnectionString, services: services => services.AddSingleton<IInterceptor>(capture));
        Console.WriteLine($"Data: {await database.DescribeAsync()}");

        var token = server.Services.GetRequiredService<TokenIssuer>().Issue("benchmark-coordinator", [Role.Coordinator], lifetime: TimeSpan.FromHours(2));
        using var client = server.CreateClient(options.Concurrency);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);

        var active = await database.ActiveMentorsAsync();
        var sample = Sample(active, options.Requests, seed: 20261125);
        var warmup = Sample(active, options.Requests, seed: 7);

        var clock = Stopwatch.StartNew();
        var warmed = 0;
        while (clock.Elapsed < options.Warmup || warmed < 20)
        {
            await SendAsync(client, warmup[warmed++ % warmup.Length]);
        }

        Console.WriteLine($"Warm-up: {warmed} requests in {clock.Elapsed.TotalSeconds:F0} s.");

        var next = -1;
        var elapsed = new double[sample.Length];
        var suggestions = new int[sample.Length];
        var clients = Enumerable.Range(0, options.Concurrency).Select(async _ =>
        {
            for (var i = Interlocked.Increment(ref next); i < sample.Length; i = Interlocked.Increment(ref next))
            {
                var start = Stopwatch.GetTimestamp();
                suggestions[i] = await SendAsync(client, sample[i]);
                elapsed[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            }
        });
        await Task.WhenAll(clients);
        var timings = new Timings(elapsed, suggestions.Average());
        Console.WriteLine($"median {Format(timings.Median)}, p95 {Format(timings.P95)}, max {Format(timings.Max)}, {timings.Suggestions:F1} suggestions per answer");

        await ExplainAsync(server, capture, client, sample[0]);
        return timings;
    }

    /// <summary>Sends one request, keeping the spatial statements the server sends for it, then sends each again under EXPLAIN.</summary>
    private static async Task ExplainAsync(BenchmarkServer server, ShortlistCommandCapture capture, HttpClient client, int mentorId)
    {
        capture.Arm();
        await SendAsync(client, mentorId);
        var commands = capture.Disarm();

        var factory = server.Services.GetRequiredService<IDbContextFactory<NetworkDbContext>>();
        await using var db = await factory.CreateDbContextAsync();
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await connection.OpenAsync();
        foreach (var command in commands)
        {
            await using var explain = new NpgsqlCommand("EXPLAIN (ANALYZE, BUFFERS) " + command.Text, connection);
            foreach (var parameter in command.Parameters)
            {
                explain.Parameters.Add(parameter);
            }

            var plan = new StringBuilder();
            await using (var reader = await explain.ExecuteReaderAsync())
            {
                while (await reader.ReadAsync())
                {
                    plan.AppendLine(reader.GetString(0));
                }
            }

            Console.WriteLine($"Spatial statement for mentor {mentorId}, as EF Core sends it:");
            Console.WriteLine(command.Text);
            Console.WriteLine(string.Join(", ", command.Parameters.Select(p => $"{p.ParameterName} = {Describe(p.Value)}")));
            Console.WriteLine("EXPLAIN (ANALYZE, BUFFERS):");
            Console.WriteLine(plan);
        }
    }

    private static string Describe(object? value) => value switch
    {
        int[] ids => $"[{string.Join(", ", ids)}]",
        null => "null",
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };

    private static int[] Sample(int[] ids, int count, int seed)
    {
        var random = new Random(seed);
        return [.. Enumerable.Range(0, count).Select(_ => ids[random.Next(ids.Length)])];
    }

    /// <summary>Sends the query and reads the whole answer; returns how many suggestions came back.</summary>
    private static async Task<int> SendAsync(HttpClient client, int mentorId)
    {
        using var response = await client.PostAsJsonAsync("/graphql", new { query = Query, variables = new { id = GlobalId.Serialize("Mentor", mentorId), first = 10 } });
        var body = await response.Content.ReadAsStringAsync();
        var json = JsonNode.Parse(body)!;
        if (!response.IsSuccessStatusCode || json["errors"] is not null || json["data"]?["mentorMatches"] is not JsonArray matches)
        {
            throw new InvalidOperationException($"mentorMatches for mentor {mentorId} failed ({(int)response.StatusCode}): {body}");
        }

        return matches.Count;
    }

    private static string Format(double ms) => ms < 10 ? $"{ms:F2} ms" : $"{ms:F0} ms";

    private sealed class Timings(double[] milliseconds, double suggestions)
    {
        private readonly double[] _sorted = [.. milliseconds.Order()];

        public int Count => _sorted.Length;

        public double Median => _sorted[_sorted.Length / 2];

        public double P95 => _sorted[(int)(_sorted.Length * 0.95)];

        public double Max => _sorted[^1];

        public double Suggestions => suggestions;
    }
}
