using System.Text.Json.Nodes;
using Network.Server.Tests.Infrastructure;

namespace Network.Server.Tests.Onboarding;

/// <summary>Imports through GraphQL: the file as a multipart request, the payload with every field of the report and errors.</summary>
public static class ImportRequests
{
    private const string Selection = """
        import { dryRun rows created updated unchanged rejected problems { row column message } }
        errors {
          __typename
          ... on Error { message }
          ... on ImportRejectedError { rejected problems { row column message } }
          ... on ImportFileTooLargeError { maxBytes }
          ... on ImportTooManyRowsError { maxRows }
          ... on InvalidIdError { field id }
          ... on EmployerNotFoundError { employerId }
        }
        """;

    /// <summary>The payload of <paramref name="mutation"/> (<c>importMentors</c> or <c>importSkillsGaps</c>); fails the test on a GraphQL error.</summary>
    public static async Task<JsonNode> ImportAsync(this GraphQLClient client, string mutation, string employerId, string csv, bool? dryRun = null)
    {
        var input = char.ToUpperInvariant(mutation[0]) + mutation[1..] + "Input";
        var response = await client.PostFilesAsync(
            $$"""mutation($input: {{input}}!) { {{mutation}}(input: $input) { {{Selection}} } }""",
            new { input = new { employerId, file = (object?)null, dryRun } },
            UploadPart.Text("import.csv", csv, "variables.input.file"));
        Assert.True(response.StatusCode == 200 && response.Errors is null, $"{response.StatusCode}: {response.Body?.ToJsonString()}");
        return response.Data![mutation]!;
    }

    /// <summary>The report of an import that succeeded, or fails the test with the payload's errors.</summary>
    public static JsonNode Report(this JsonNode payload)
    {
        Assert.True(payload["errors"] is null, payload.ToJsonString());
        return payload["import"]!;
    }

    /// <summary>The report's counts: (rows, created, updated, unchanged, rejected).</summary>
    public static (int, int, int, int, int) Counts(this JsonNode report) =>
        (Int(report, "rows"), Int(report, "created"), Int(report, "updated"), Int(report, "unchanged"), Int(report, "rejected"));

    /// <summary>The problems as "row column: message" lines.</summary>
    public static string[] Problems(this JsonNode node) =>
        [.. node["problems"]!.AsArray().Select(p => $"{p!["row"]} {p["column"]?.GetValue<string>() ?? "-"}: {p["message"]}")];

    public static string Sample(string name) =>
        File.ReadAllText(Path.Combine(Schema.SchemaTests.RepositoryRoot(), "samples", "onboarding", name));

    private static int Int(JsonNode node, string field) => node[field]!.GetValue<int>();
}
