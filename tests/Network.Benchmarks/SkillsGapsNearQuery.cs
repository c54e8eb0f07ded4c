using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Network.Benchmarks;

/// <summary>The measured request: the 20 nearest open skills gaps within 10 km of Birmingham city centre (B1).</summary>
internal static class SkillsGapsNearQuery
{
    public const string Describe = "skillsGaps(near: { postcode: \"B1\", radiusKm: 10 }, where: { status: { eq: OPEN } }, order: [{ distanceKm: ASC }], first: 20)";

    public const string Query = """
        query GapsNear($postcode: String!, $radiusKm: Float!, $first: Int!) {
          skillsGaps(near: { origin: { postcode: $postcode }, radiusKm: $radiusKm }, where: { status: { eq: OPEN } }, order: [{ distanceKm: ASC }], first: $first) {
            nodes { id severity hardToFillVacancies distanceKm skill { name } employer { name } }
          }
        }
        """;

    private static readonly object Variables = new { postcode = "B1", radiusKm = 10.0, first = 20 };

    public static async Task SendGraphQLAsync(HttpClient client)
    {
        using var response = await client.PostAsJsonAsync("/graphql", new { query = Query, variables = Variables });
        response.EnsureSuccessStatusCode();
        await response.Content.CopyToAsync(Stream.Null);
    }

    public static async Task SendBaselineAsync(HttpClient client)
    {
        using var response = await client.PostAsJsonAsync("/baseline/skills-gaps", Variables);
        response.EnsureSuccessStatusCode();
        await response.Content.CopyToAsync(Stream.Null);
    }

    /// <summary>Both endpoints must return the same nodes, or the comparison means nothing.</summary>
    public static async Task CheckSameAnswerAsync(HttpClient client)
    {
        using var graphQL = await client.PostAsJsonAsync("/graphql", new { query = Query, variables = Variables });
        using var baseline = await client.PostAsJsonAsync("/baseline/skills-gaps", Variables);
        var a = JsonNode.Parse(await graphQL.Content.ReadAsStringAsync())!["data"]!["skillsGaps"]!["nodes"]!.AsArray();
        var b = JsonNode.Parse(await baseline.Content.ReadAsStringAsync())!["data"]!["skillsGaps"]!["nodes"]!.AsArray();
        if (a.Count == 0 || a.ToJsonString() != b.ToJsonString())
        {
            throw new InvalidOperationException($"The endpoints disagree:\n{a.ToJsonString()}\n{b.ToJsonString()}");
        }

        Console.WriteLine($"Both endpoints return the same {a.Count} gaps.");
    }
}
