using Network.Server.Tests.Infrastructure;

namespace Network.Server.Tests.Budgets;

/// <summary>Assertions on a request refused for going over a budget.</summary>
internal static class Refused
{
    /// <summary>
    /// Refused before anything ran: HTTP 400 under the GraphQL media type, no <c>data</c> entry, and
    /// <paramref name="code"/> as the first error's code. Returns the error.
    /// </summary>
    public static System.Text.Json.Nodes.JsonNode With(GraphQLResponse response, string code)
    {
        Assert.True(response.Errors is not null, $"Expected {code}, got {response.Body?.ToJsonString()}");
        Assert.Equal(code, response.FirstErrorCode);
        Assert.Equal(400, response.StatusCode);
        Assert.False(response.Body!.AsObject().ContainsKey("data"), "a refused document has no data entry");
        return response.Errors![0]!;
    }

    public static string Message(System.Text.Json.Nodes.JsonNode error) => error["message"]!.GetValue<string>();

    /// <summary>Passed the budgets: executed with data (field errors, if any, are not budget errors).</summary>
    public static void NotRefused(GraphQLResponse response)
    {
        Assert.True(response.StatusCode == 200 && response.Data is not null, $"Expected data, got {response.StatusCode}: {response.Body?.ToJsonString()[..Math.Min(2000, response.Body!.ToJsonString().Length)]}");
    }
}
