using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Network.Server.Tests.Budgets;

namespace Network.Benchmarks;

/// <summary>
/// How fast the request budgets refuse hostile documents, how long the largest documents within the
/// budgets take, and whether an ordinary query stays fast while hostile ones arrive. See README.md.
/// </summary>
internal static class BudgetBenchmark
{
    private const string NearQuery = """
        query GapsNear($postcode: String!, $radiusKm: Float!, $first: Int!) {
          skillsGaps(near: { origin: { postcode: $postcode }, radiusKm: $radiusKm }, where: { status: { eq: OPEN } }, order: [{ distanceKm: ASC }], first: $first) {
            nodes { id severity hardToFillVacancies distanceKm skill { name } employer { name } }
          }
        }
        """;

    private static readonly object NearVariables = new { postcode = "B1", radiusKm = 10.0, first = 20 };

    public static async Task<int> RunAsync(BenchmarkOptions options)
    {
        await using var database = await BenchmarkDatabase.CreateAsync(options.Mentors);

        // Production, as deployed, but with introspection on so that deep introspection meets the depth budget.
        await using var server = await BenchmarkServer.StartAsync(
            database.ConnectionString, new Dictionary<string, string?> { ["GraphQL:Budgets:AllowIntrospection"] = "true" });
        using var client = server.CreateClient(options.Concurrency);
        Console.WriteLine($"Data: {await database.DescribeAsync()}");
        Console.WriteLine($"{options.Requests} requests per document, one at a time, after {options.Requests / 10} to warm up.");
        Console.WriteLine();

        var failures = 0;
        Console.WriteLine("| hostile document | size | refused with | median | p95 | max |");
        Console.WriteLine("|---|---|---|---|---|---|");
        foreach (var hostile in BudgetQueries.Hostile)
        {
            var (timings, codes) = await MeasureAsync(client, hostile.Document, options.Requests);
            var wrong = codes.Where(c => c != hostile.Code).Distinct().ToList();
            failures += wrong.Count;
            Console.WriteLine($"| {hostile.Name} | {Size(hostile.Document)} | {(wrong.Count == 0 ? hostile.Code : $"**{string.Join(", ", wrong)}** (expected {hostile.Code})")} | {timings}");
        }

        Console.WriteLine();
        Console.WriteLine("| largest accepted document | size | answered with | median | p95 | max |");
        Console.WriteLine("|---|---|---|---|---|---|");
        foreach (var (name, document) in LargestAccepted())
        {
            var (timings, codes) = await MeasureAsync(client, document, options.Requests);
            var refused = codes.Where(c => c != "data").Distinct().ToList();
            failures += refused.Count;
            Console.WriteLine($"| {name} | {Size(document)} | {(refused.Count == 0 ? "data" : $"**{string.Join(", ", refused)}**")} | {timings}");
        }

        Console.WriteLine();
        var alone = await LoadGenerator.RunAsync(new Workload("skillsGaps(near:) alone", () => SendNearAsync(client)), concurrency: 1, options.Duration);
        var attackers = options.Concurrency - 1;
        using var stop = new CancellationTokenSource();
        var attack = Enumerable.Range(0, attackers).Select(worker => AttackAsync(client, worker, stop.Token)).ToList();
        var underAttack = await LoadGenerator.RunAsync(
            new Workload($"skillsGaps(near:) with {attackers} clients sending hostile documents", () => SendNearAsync(client)), concurrency: 1, options.Duration);
        await stop.CancelAsync();
        var refusedDuringAttack = (await Task.WhenAll(attack)).Sum();
        Console.WriteLine($"{alone}");
        Console.WriteLine($"{underAttack} ({refusedDuringAttack} hostile documents refused meanwhile, {refusedDuringAttack / underAttack.Elapsed.TotalSeconds:F0}/s)");
        return failures == 0 ? 0 : 1;
    }

    /// <summary>The most expensive documents the default budgets let through, by shape.</summary>
    private static IEnumerable<(string Name, string Document)> LargestAccepted()
    {
        yield return ("the introspection query GraphiQL sends (cost 49,432)", BudgetQueries.Introspection(9));
        yield return ("500 selections: __typename 500 times", "{ " + BudgetQueries.Repeat("__typename ", 500) + "}");
        yield return ("500 selections: skills { totalCount } 250 times", "{ " + BudgetQueries.Repeat("skills { totalCount } ", 250) + "}");
        yield return ("498 selections: skills { nodes { name } } 166 times", "{ " + BudgetQueries.Repeat("skills { nodes { name } } ", 166) + "}");
        yield return ("500 selections: 50 fragments of 9 fields, all spread",
            "{ " + string.Concat(Enumerable.Range(0, 50).Select(i => $"...F{i} ")) + "} "
            + string.Concat(Enumerable.Range(0, 50).Select(i => $"fragment F{i} on Query {{ skills {{ totalCount nodes {{ id slug name category sectors escoUri }} }} }} ")));
        yield return ("458 selections: 50 fragments spread in each of 8 connections",
            "{ " + string.Concat(Enumerable.Range(0, 8).Select(i => $"s{i}: skills {{ {string.Concat(Enumerable.Range(0, 50).Select(f => $"...F{f} "))}}} ")) + "} "
            + string.Concat(Enumerable.Range(0, 50).Select(i => $"fragment F{i} on SkillsConnection {{ totalCount }} ")));
        // Since @listSize costs connections as HotChocolate publishes them, a document of employers with their mentors fits
        // the default cost only 9 times, and mentors need a signed-in caller; the employers' skills gaps (open ones for an
        // anonymous caller) with each gap's skill fit 47 times (48 cost 50,448).
        yield return ("employers(first: 50) with their skills gaps and each gap's skill, 47 times (cost 49,397)",
            "{ " + string.Concat(Enumerable.Range(0, 47).Select(i => $"e{i}: employers(first: 50) {{ nodes {{ name skillsGaps {{ severity skill {{ name }} }} }} }} ")) + "}");
    }

    /// <summary>
    /// Sends the document <paramref name="requests"/> times, each with a comment of its own so that no
    /// request is answered from the cache of validated documents: an attacker would vary the text too.
    /// </summary>
    private static async Task<(Timings Timings, List<string> Codes)> MeasureAsync(HttpClient client, string document, int requests)
    {
        for (var i = 0; i < requests / 10; i++)
        {
            await SendAsync(client, $"{document} # warm-up {i}");
        }

        var elapsed = new List<double>(requests);
        var codes = new List<string>(requests);
        for (var i = 0; i < requests; i++)
        {
            var start = Stopwatch.GetTimestamp();
            var body = await SendAsync(client, $"{document} # {i}");
            elapsed.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            codes.Add(Code(body));
        }

        return (new Timings(elapsed), codes);
    }

    private static async Task<string> SendAsync(HttpClient client, string document, CancellationToken cancellationToken = default)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query = document }) };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/graphql-response+json"));
        using var response = await client.SendAsync(request, cancellationToken);
        return await response.Content.ReadAsStringAsync(cancellationToken);
    }

    /// <summary>The first error's code, or "data" for an answer without errors.</summary>
    private static string Code(string body)
    {
        var json = JsonNode.Parse(body)!;
        return json["errors"]?[0]?["extensions"]?["code"]?.GetValue<string>() ?? (json["data"] is not null ? "data" : "no code");
    }

    private static async Task<int> AttackAsync(HttpClient client, int worker, CancellationToken cancellationToken)
    {
        var sent = 0;
        try
        {
            for (var i = worker; !cancellationToken.IsCancellationRequested; i++)
            {
                await SendAsync(client, $"{BudgetQueries.Hostile[i % BudgetQueries.Hostile.Count].Document} # {i}", cancellationToken);
                sent++;
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }

        return sent;
    }

    private static async Task SendNearAsync(HttpClient client)
    {
        using var response = await client.PostAsJsonAsync("/graphql", new { query = NearQuery, variables = NearVariables });
        response.EnsureSuccessStatusCode();
        await response.Content.CopyToAsync(Stream.Null);
    }

    private static string Size(string document) => document.Length >= 1024 ? $"{document.Length / 1024.0:F0} KiB" : $"{document.Length} B";

    private sealed class Timings(List<double> milliseconds)
    {
        private readonly double[] _sorted = [.. milliseconds.Order()];

        public override string ToString() =>
            $"{Format(_sorted[_sorted.Length / 2])} | {Format(_sorted[(int)(_sorted.Length * 0.95)])} | {Format(_sorted[^1])} |";

        private static string Format(double ms) => ms < 10 ? $"{ms:F2} ms" : $"{ms:F0} ms";
    }
}
