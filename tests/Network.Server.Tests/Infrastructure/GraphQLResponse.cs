using System.Text.Json;
using System.Text.Json.Nodes;

namespace Network.Server.Tests.Infrastructure;

public sealed record GraphQLResponse(int StatusCode, string? ContentType, JsonNode? Body)
{
    public JsonNode? Data => Body?["data"];

    public JsonArray? Errors => Body?["errors"] as JsonArray;

    public string? FirstErrorCode => Errors?[0]?["extensions"]?["code"]?.GetValue<string>();

    public static async Task<GraphQLResponse> ReadAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        JsonNode? body = null;
        try
        {
            body = text.Length == 0 ? null : JsonNode.Parse(text);
        }
        catch (JsonException)
        {
        }

        return new GraphQLResponse((int)response.StatusCode, response.Content.Headers.ContentType?.ToString(), body);
    }
}
