using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Network.Server.Identity;

namespace Network.Benchmarks.Production;

/// <summary>
/// Webinars for the workload's organisers to reword, made through the API before the run: a few organisers with two
/// published webinars each, two months ahead. The demo network's three upcoming webinars alone would put every
/// organiser's change on three rows, each changed under a row lock, which is a queue no real organiser forms.
/// </summary>
internal static class BenchmarkWebinars
{
    public const int Organisers = 12;
    public const int WebinarsEach = 2;

    private const string Create = """
        mutation Create($input: CreateWebinarInput!) {
          createWebinar(input: $input) { webinar { id } errors { ... on Error { message } } }
        }
        """;

    private const string Publish = """
        mutation Publish($id: ID!) {
          publishWebinar(input: { webinarId: $id }) { webinar { status } errors { ... on Error { message } } }
        }
        """;

    /// <summary>The webinars made, each with its organiser's token.</summary>
    public static async Task<(string Id, string Token)[]> CreateAsync(Uri server, TokenIssuer issuer, IReadOnlyList<string> topicSkillIds, TimeSpan lifetime)
    {
        using var http = new HttpClient { BaseAddress = server, Timeout = TimeSpan.FromMinutes(1) };
        var made = new List<(string, string)>();
        for (var organiser = 1; organiser <= Organisers; organiser++)
        {
            var token = issuer.Issue($"benchmark-organiser-{organiser}", [Role.Organiser], lifetime: lifetime);
            for (var n = 1; n <= WebinarsEach; n++)
            {
                var input = new Dictionary<string, object>
                {
                    ["title"] = $"Benchmark webinar {organiser}.{n}",
                    ["topicSkillIds"] = topicSkillIds,
                    ["sectors"] = new[] { "ICT_DIGITAL", "ENGINEERING_MANUFACTURING" },
                    ["audience"] = "EMPLOYERS_AND_MENTORS",
                    ["startsAt"] = DateTimeOffset.UtcNow.Date.AddDays(60).AddHours(9 + n).ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture),
                    ["durationMinutes"] = 60,
                    ["format"] = "ONLINE",
                    ["joinLink"] = $"https://meet.example.org/benchmark-{organiser}-{n}",
                    ["capacity"] = 100,
                };
                var id = (await SendAsync(http, token, Create, new Dictionary<string, object> { ["input"] = input }, "createWebinar"))["webinar"]!["id"]!.GetValue<string>();
                await SendAsync(http, token, Publish, new Dictionary<string, object> { ["id"] = id }, "publishWebinar");
                made.Add((id, token));
            }
        }

        return [.. made];
    }

    private static async Task<JsonNode> SendAsync(HttpClient http, string token, string query, Dictionary<string, object> variables, string field)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/graphql", UriKind.Relative)) { Content = JsonContent.Create(new { query, variables }) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        var answer = JsonNode.Parse(body)?["data"]?[field];
        return response.IsSuccessStatusCode && answer is not null && answer["errors"] is null or JsonArray { Count: 0 }
            ? answer
            : throw new InvalidOperationException($"{field} failed while preparing the workload: {body}");
    }
}
