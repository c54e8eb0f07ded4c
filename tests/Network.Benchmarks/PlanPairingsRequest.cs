using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;

namespace Network.Benchmarks;

/// <summary>
/// The planPairings request the planning benchmarks send, selecting what a coordinator's screen shows,
/// and the checks its answer gets: a plan without errors, of the whole pool.
/// </summary>
internal static class PlanPairingsRequest
{
    public const string Mutation = """
        mutation Plan($input: PlanPairingsInput!) {
          planPairings(input: $input) {
            plan {
              poolSize totalScore candidateCount
              pairs { mentor { id } partner { id } score reasons teaches { skill { slug } } learns { skill { slug } } }
              unmatched { mentor { id } reason }
              candidates(first: 50) { mentor { id } partner { id } score }
            }
            errors { __typename }
          }
        }
        """;

    /// <summary>Plans <paramref name="pool"/> (a <c>PairingPoolInput</c>) of <paramref name="size"/> mentors; the answer's body, or an exception when HTTP fails.</summary>
    public static async Task<string> PostAsync(HttpClient client, object pool, int size, bool maximizeCardinality)
    {
        var input = new { pool, maximizeCardinality };
        using var response = await client.PostAsJsonAsync("/graphql", new { query = Mutation, variables = new { input } });
        var body = await response.Content.ReadAsStringAsync();
        return response.IsSuccessStatusCode ? body : throw new PlanFailedException($"planPairings for {size:N0} mentors failed ({(int)response.StatusCode}): {Truncate(body)}");
    }

    /// <summary>The answer's figures; an exception when it holds errors or is not a plan of the whole pool.</summary>
    public static PlanAnswer Check(string body, int size)
    {
        var json = JsonNode.Parse(body)!;
        var payload = json["data"]?["planPairings"];
        if (json["errors"] is not null || payload?["errors"] is not null || payload?["plan"] is not JsonObject plan)
        {
            throw new PlanFailedException($"planPairings for {size:N0} mentors answered with errors: {Truncate(body)}");
        }

        var pairs = plan["pairs"]!.AsArray().Count;
        var unmatched = plan["unmatched"]!.AsArray().Count;
        var poolSize = plan["poolSize"]!.GetValue<int>();
        if (poolSize != size || (2 * pairs) + unmatched != size)
        {
            throw new PlanFailedException($"planPairings for {size:N0} mentors planned a pool of {poolSize:N0}: {pairs:N0} pairs and {unmatched:N0} unmatched.");
        }

        return new PlanAnswer(plan["candidateCount"]!.GetValue<int>(), pairs, plan["totalScore"]!.GetValue<double>(), Encoding.UTF8.GetByteCount(body));
    }

    public static string Truncate(string body) => body.Length > 2000 ? body[..2000] + "…" : body;

    public static string Mode(bool maximizeCardinality) => maximizeCardinality ? "cardinality first" : "weight";

    public static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);

    public static string Format(double ms) => ms < 10 ? $"{ms:F2} ms" : $"{ms:N0} ms";
}

/// <summary>What a plan holds: the eligible pairs considered, the pairs chosen, their total score, and the answer's size in bytes.</summary>
internal readonly record struct PlanAnswer(int Candidates, int Pairs, double TotalScore, int Bytes);

/// <summary>The times of one pool's requests in one mode, and what the plan held.</summary>
internal sealed class PlanTimings(int pool, bool maximizeCardinality, double[] milliseconds, int candidates, int pairs, int bytes)
{
    private readonly double[] _sorted = [.. milliseconds.Order()];

    public int Pool => pool;

    public bool MaximizeCardinality => maximizeCardinality;

    public int Count => _sorted.Length;

    public double Median => _sorted[_sorted.Length / 2];

    public double P95 => _sorted[(int)(_sorted.Length * 0.95)];

    public double Max => _sorted[^1];

    public int Candidates => candidates;

    public int Pairs => pairs;

    public int Bytes => bytes;
}

internal sealed class PlanFailedException(string message) : Exception(message);
