using System.Text.Json.Nodes;
using Network.Server.Tests.Infrastructure;

namespace Network.Server.Tests.Paging;

/// <summary>Reads a list ordered by distance from B1 page by page, as a client would.</summary>
internal sealed class NearestFirstWalk(GraphQLClient client, string list, string direction = "ASC", string postcode = "B1")
{
    public const double RadiusKm = 40;

    public string Query => $$"""
        query($first: Int, $after: String, $last: Int, $before: String) {
          {{list}}(near: { origin: { postcode: "{{postcode}}" }, radiusKm: {{RadiusKm}} }, order: [{ distanceKm: {{direction}} }],
                   first: $first, after: $after, last: $last, before: $before) {
            totalCount
            edges { cursor node { id distanceKm{{(list == "skillsGaps" ? " employer { id }" : "")}} } }
            pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
          }
        }
        """;

    public async Task<JsonNode> PageAsync(object variables) => (await client.QueryAsync(Query, variables))[list]!;

    public Task<GraphQLResponse> SendAsync(object variables) => client.PostAsync(Query, variables);

    /// <summary>Every page forwards by <c>first</c> and <c>after</c>; <paramref name="between"/> runs before each page after the first.</summary>
    public async Task<List<JsonNode>> ForwardAsync(int size, Func<Task>? between = null)
    {
        var pages = new List<JsonNode> { await PageAsync(new { first = size }) };
        while (HasNext(pages[^1]))
        {
            if (between is not null)
            {
                await between();
            }

            pages.Add(await PageAsync(new { first = size, after = pages[^1]["pageInfo"]!["endCursor"]!.GetValue<string>() }));
        }

        return pages;
    }

    /// <summary>Every page backwards by <c>last</c> and <c>before</c>, returned in list order.</summary>
    public async Task<List<JsonNode>> BackwardAsync(int size)
    {
        var pages = new List<JsonNode> { await PageAsync(new { last = size }) };
        while (HasPrevious(pages[^1]))
        {
            pages.Add(await PageAsync(new { last = size, before = pages[^1]["pageInfo"]!["startCursor"]!.GetValue<string>() }));
        }

        pages.Reverse();
        return pages;
    }

    public static bool HasNext(JsonNode page) => page["pageInfo"]!["hasNextPage"]!.GetValue<bool>();

    public static bool HasPrevious(JsonNode page) => page["pageInfo"]!["hasPreviousPage"]!.GetValue<bool>();

    public static string[] Ids(IEnumerable<JsonNode> pages) => [.. pages.SelectMany(p => p["edges"]!.AsArray()).Select(e => e!["node"]!["id"]!.GetValue<string>())];

    /// <summary>Each row's distance, place (a gap's employer, otherwise the row itself) and key: the order of a list ordered by distance.</summary>
    public static (double Km, int Place, int Key)[] Positions(IEnumerable<JsonNode> pages) =>
        [.. pages.SelectMany(p => p["edges"]!.AsArray()).Select(e => e!["node"]!).Select(n => (
            n["distanceKm"]!.GetValue<double>(),
            Key((n["employer"]?["id"] ?? n["id"])!.GetValue<string>()),
            Key(n["id"]!.GetValue<string>())))];

    public static int Key(string globalId) =>
        int.Parse(System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(globalId)).Split(':')[1], System.Globalization.CultureInfo.InvariantCulture);
}
