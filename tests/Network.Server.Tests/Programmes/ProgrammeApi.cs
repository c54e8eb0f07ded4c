using System.Text.Json.Nodes;
using Network.Server.Identity;
using Network.Server.Tests.Infrastructure;

namespace Network.Server.Tests.Programmes;

/// <summary>Sends the programme mutations over HTTP as a given caller and returns their payloads.</summary>
public sealed class ProgrammeApi(NetworkApp app)
{
    public const string ErrorSelection = "errors { __typename ... on Error { message } }";

    /// <summary>Dates relative to today, so that a programme created by a test is never in the past.</summary>
    public static string Date(int daysFromToday) => DateOnly.FromDateTime(DateTime.UtcNow).AddDays(daysFromToday).ToString("yyyy-MM-dd");

    public static object NewProgramme(string name, object? area = null, int maxPairs = 10, string[]? training = null, string[]? sectors = null) => new
    {
        name,
        description = "Reverse mentoring across Coventry's digital and engineering employers.",
        sectors = sectors ?? ["ICT_DIGITAL", "ENGINEERING_MANUFACTURING"],
        area = area ?? new { localAuthorityCodes = new[] { "E08000026" } },
        startsOn = Date(30),
        endsOn = Date(210),
        enrolmentClosesOn = Date(60),
        sessions = new { everyWeeks = 2, minutes = 60, minimumSessions = 6 },
        maxPairs,
        requiredTrainingModuleIds = training ?? [],
    };

    /// <summary>Sends <paramref name="mutation"/> with <paramref name="input"/>; fails on any GraphQL error, since refusals belong in the payload.</summary>
    public async Task<JsonNode> SendAsync(Caller caller, string mutation, object input, string selection)
    {
        var inputType = char.ToUpperInvariant(mutation[0]) + mutation[1..] + "Input";
        var data = await app.CreateGraphQLClient(caller).QueryAsync(
            $$"""mutation($input: {{inputType}}!) { {{mutation}}(input: $input) { {{selection}} {{ErrorSelection}} } }""",
            new { input });
        return data[mutation]!;
    }

    /// <summary>Creates a programme as <paramref name="coordinator"/> and returns its ID; fails on any error.</summary>
    public async Task<string> CreateAsync(Caller coordinator, object input)
    {
        var payload = await SendAsync(coordinator, "createProgramme", input, "programme { id }");
        Assert.True(payload["errors"] is null, payload["errors"]?.ToJsonString());
        return payload["programme"]!["id"]!.GetValue<string>();
    }

    /// <summary>Sends a mutation that must succeed, and returns its payload.</summary>
    public async Task<JsonNode> OkAsync(Caller caller, string mutation, object input, string selection)
    {
        var payload = await SendAsync(caller, mutation, input, selection);
        Assert.True(payload["errors"] is null, $"{mutation}: {payload["errors"]?.ToJsonString()}");
        return payload;
    }

    /// <summary>The typenames of a refused payload's errors.</summary>
    public static IReadOnlyList<string> ErrorTypes(JsonNode payload) =>
        payload["errors"]?.AsArray().Select(e => e!["__typename"]!.GetValue<string>()).ToList() ?? [];

    /// <summary>Adds an objective counting pairs formed, opens recruitment, and returns nothing; fails on any error.</summary>
    public async Task OpenAsync(Caller coordinator, string programmeId, int pairsTarget = 5)
    {
        await OkAsync(coordinator, "addProgrammeObjective", new { programmeId, statement = "Pairs formed across companies.", measure = "PAIRS_FORMED", target = pairsTarget }, "objective { id }");
        await OkAsync(coordinator, "openProgramme", new { programmeId }, "programme { status }");
    }
}
