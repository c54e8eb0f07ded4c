using System.Text.Json;

namespace Network.Client;

/// <summary>Reads a GraphQL answer (<c>data</c> and <c>errors</c>) into a typed result, whichever transport brought it.</summary>
internal static class ResultReader
{
    public static OperationResult<T> Read<T>(JsonElement root, Func<JsonElement, T> parseData, int? status)
        where T : class
    {
        var errors = root.TryGetProperty("errors", out var list) ? Errors(list, status) : [];
        T? data = null;
        if (root.TryGetProperty("data", out var json) && json.ValueKind == JsonValueKind.Object)
        {
            try
            {
                data = parseData(json);
            }
            catch (Exception e) when (e is InvalidOperationException or KeyNotFoundException or FormatException or ArgumentException)
            {
                // A field that failed is null in the data and named in the errors; a non-null one cannot be read.
                errors.Add(new ClientError($"The data could not be read: {e.Message}", errors.Count > 0 ? ClientErrorKind.GraphQL : ClientErrorKind.Transport, exception: e, statusCode: status));
            }
        }

        if (data is null && errors.Count == 0)
        {
            errors.Add(new ClientError(status is null ? "The server answered without data or errors." : $"The server answered {status} without data or errors.", ClientErrorKind.Transport, statusCode: status));
        }

        return new OperationResult<T>(data, errors, status);
    }

    /// <summary>The GraphQL errors of an answer's <c>errors</c> (or a <c>graphql-transport-ws</c> <c>error</c>'s payload).</summary>
    public static List<ClientError> Errors(JsonElement list, int? status)
    {
        var errors = new List<ClientError>();
        if (list.ValueKind != JsonValueKind.Array)
        {
            return errors;
        }

        foreach (var error in list.EnumerateArray())
        {
            errors.Add(new ClientError(
                error.TryGetProperty("message", out var message) ? message.GetString() ?? string.Empty : string.Empty,
                ClientErrorKind.GraphQL,
                error.TryGetProperty("extensions", out var extensions) && extensions.ValueKind == JsonValueKind.Object
                    && extensions.TryGetProperty("code", out var code) ? code.GetString() : null,
                error.TryGetProperty("path", out var path) && path.ValueKind == JsonValueKind.Array
                    ? [.. path.EnumerateArray().Select(p => p.ValueKind == JsonValueKind.Number ? (object)p.GetInt32() : p.GetString()!)]
                    : null,
                statusCode: status));
        }

        return errors;
    }
}
