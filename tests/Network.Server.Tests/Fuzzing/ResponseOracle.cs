using System.Text.Json;
using System.Text.Json.Nodes;
using GraphQL.Types;

namespace Network.Server.Tests.Fuzzing;

/// <summary>
/// What every answer to a fuzz case must be: not a 5xx, a GraphQL response whose every error has a code,
/// and, for a mutation, payload errors of the types its <c>errors</c> field declares, each with a message.
/// </summary>
public static class ResponseOracle
{
    public static IEnumerable<string> Problems(FuzzCase fuzzCase, int status, string text)
    {
        if (status >= 500)
        {
            yield return $"status {status}";
        }

        JsonNode? body;
        try
        {
            body = JsonNode.Parse(text);
        }
        catch (JsonException)
        {
            body = null;
        }

        if (body is not JsonObject response || (response["data"] is null && response["errors"] is not JsonArray { Count: > 0 }))
        {
            yield return $"status {status} without a GraphQL response: {Shorten(text)}";
            yield break;
        }

        foreach (var error in response["errors"] as JsonArray ?? [])
        {
            if (error?["extensions"]?["code"] is not JsonValue code || code.GetValueKind() != JsonValueKind.String || code.GetValue<string>().Length == 0)
            {
                yield return $"an error without extensions.code: {Shorten(error?.ToJsonString() ?? "null")}";
            }
        }

        if (fuzzCase.IsMutation && Payload(fuzzCase, response) is JsonObject payload && payload["errors"] is JsonArray payloadErrors)
        {
            var declared = DeclaredErrors(fuzzCase.Field);
            foreach (var error in payloadErrors)
            {
                var typeName = error?["__typename"]?.GetValue<string>();
                if (typeName is null || !declared.Contains(typeName) || error?["message"] is not JsonValue message || message.GetValue<string>().Length == 0)
                {
                    yield return $"a payload error of an undeclared type or without a message: {Shorten(error?.ToJsonString() ?? "null")}";
                }
            }
        }
    }

    /// <summary>Whether the mutation was refused: not answered 200, no payload, or a payload with errors.</summary>
    public static bool Refused(FuzzCase fuzzCase, int status, string text)
    {
        try
        {
            var payload = Payload(fuzzCase, JsonNode.Parse(text));
            return status != 200 || payload is null || (payload is JsonObject result && result["errors"] is JsonArray { Count: > 0 });
        }
        catch (JsonException)
        {
            return true;
        }
    }

    /// <summary>The field's result in the response's data; a list for some queries.</summary>
    private static JsonNode? Payload(FuzzCase fuzzCase, JsonNode? response) =>
        response is JsonObject body && body["data"] is JsonObject data ? data[fuzzCase.Field.Name] : null;

    private static HashSet<string> DeclaredErrors(FieldType field)
    {
        var payload = (IComplexGraphType)Selections.Unwrap(field.ResolvedType!);
        var errors = (IAbstractGraphType)Selections.Unwrap(payload.GetField("errors")!.ResolvedType!);
        return [.. errors.PossibleTypes.Where(t => t.ResolvedInterfaces.Any(i => i.Name == "Error")).Select(t => t.Name)];
    }

    private static string Shorten(string text) => text.Length <= 400 ? text : text[..400] + "...";
}
