using System.Text.Json;
using System.Text.Unicode;
using GraphQL;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using Network.Server.GraphQL.Budgets;
using Network.Server.GraphQL.Transport.PersistedOperations;

namespace Network.Server.GraphQL.Transport;

/// <summary>
/// Reads GraphQL-over-HTTP requests: GET parameters in the query string, POST as an <c>application/json</c>
/// body of at most <see cref="RequestBudgetOptions.MaxRequestBytes"/>, or as <c>multipart/form-data</c> with
/// files (<see cref="MultipartRequestReader"/>). Instead of <c>query</c>, a request
/// may name a persisted operation by <c>id</c> (StrawberryShake) or <c>documentId</c> (GraphQL-over-HTTP
/// persisted documents, with or without <c>sha256:</c>).
/// </summary>
public sealed class GraphQLRequestReader(
    IGraphQLTextSerializer serializer,
    IOptions<RequestBudgetOptions> budgets,
    PersistedOperationStore operations,
    PersistedOperationOptions options,
    MultipartRequestReader multipartReader)
{
    private int MaxBodyBytes => budgets.Value.MaxRequestBytes;

    public GraphQLHttpRequest ReadGet(HttpRequest request)
    {
        var query = request.Query;
        foreach (var key in query.Keys)
        {
            if (query[key].Count > 1)
            {
                throw BadRequest($"The parameter '{key}' is given more than once.");
            }
        }

        return Create(
            query["query"].FirstOrDefault(),
            query["id"].FirstOrDefault(),
            query["documentId"].FirstOrDefault(),
            query["operationName"].FirstOrDefault(),
            ParseObject(query["variables"].FirstOrDefault(), "variables"),
            ParseObject(query["extensions"].FirstOrDefault(), "extensions"));
    }

    public async Task<GraphQLHttpRequest> ReadPostAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var contentType))
        {
            throw new GraphQLRequestException(StatusCodes.Status415UnsupportedMediaType, "UNSUPPORTED_MEDIA_TYPE", "POST requests need Content-Type: application/json.");
        }

        if (contentType.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase))
        {
            var multipart = await multipartReader.ReadAsync(request.HttpContext, contentType, cancellationToken);
            var operations = FromJson(multipart.Operations, MultipartErrorCodes.InvalidOperations, "The 'operations' part");
            return operations with { Variables = UploadMap.Apply(operations.Variables, multipart) };
        }

        if (!contentType.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
            || (contentType.Charset.HasValue && !contentType.Charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase)))
        {
            throw new GraphQLRequestException(StatusCodes.Status415UnsupportedMediaType, "UNSUPPORTED_MEDIA_TYPE",
                $"Content-Type {contentType.MediaType} is not supported; send application/json in UTF-8, or multipart/form-data with files.");
        }

        if (request.ContentLength > MaxBodyBytes)
        {
            throw TooLarge($"{request.ContentLength:#,0}");
        }

        var bytes = await LimitedRead.ReadAsync(request.Body, MaxBodyBytes, cancellationToken) ?? throw TooLarge($"more than {MaxBodyBytes:#,0}");
        return FromJson(bytes, "INVALID_REQUEST", "The request body");
    }

    /// <summary>A request from the payload of a WebSocket <c>subscribe</c> message, read as a POST body is.</summary>
    public GraphQLHttpRequest ReadPayload(JsonElement payload) =>
        payload.ValueKind == JsonValueKind.Object
            ? Create(
                String(payload, "query"),
                String(payload, "id"),
                String(payload, "documentId"),
                String(payload, "operationName"),
                Object(payload, "variables"),
                Object(payload, "extensions"))
            : throw BadRequest("The payload must be a JSON object.");

    /// <summary>A request from its JSON: a POST body, or the <c>operations</c> part of a multipart request.</summary>
    private GraphQLHttpRequest FromJson(byte[] bytes, string code, string what)
    {
        // The JSON reader checks the UTF-8 of a string only when its value is read, and then throws an exception of its own.
        if (!Utf8.IsValid(bytes))
        {
            throw new GraphQLRequestException(StatusCodes.Status400BadRequest, code, $"{what} is not valid UTF-8.");
        }

        JsonDocument body;
        try
        {
            body = JsonDocument.Parse(bytes);
        }
        catch (JsonException exception)
        {
            throw new GraphQLRequestException(StatusCodes.Status400BadRequest, code, $"{what} is not valid JSON: {exception.Message}");
        }

        using (body)
        {
            var root = body.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new GraphQLRequestException(StatusCodes.Status400BadRequest, code, root.ValueKind == JsonValueKind.Array
                    ? "Batched requests are not supported; send one request object."
                    : $"{what} must be a JSON object.");
            }

            return Create(
                String(root, "query"),
                String(root, "id"),
                String(root, "documentId"),
                String(root, "operationName"),
                Object(root, "variables"),
                Object(root, "extensions"));
        }
    }

    private GraphQLHttpRequest Create(string? query, string? id, string? documentId, string? operationName, Inputs? variables, Inputs? extensions) =>
        new(Document(query, id, documentId), string.IsNullOrEmpty(operationName) ? null : operationName, variables, extensions);

    /// <summary>The document to run: the request's own text, or the persisted operation it names.</summary>
    private string Document(string? query, string? id, string? documentId)
    {
        id = string.IsNullOrEmpty(id) ? null : id;
        documentId = string.IsNullOrEmpty(documentId) ? null : documentId;
        if (id is not null && documentId is not null && PersistedOperationStore.Normalize(id) != PersistedOperationStore.Normalize(documentId))
        {
            throw BadRequest("'id' and 'documentId' name different operations; send one of them.");
        }

        if ((documentId ?? id) is not { } key)
        {
            if (string.IsNullOrWhiteSpace(query))
            {
                throw BadRequest("The request has no query and no persisted operation id.");
            }

            return options.OnlyPersisted
                ? throw new GraphQLRequestException(StatusCodes.Status400BadRequest, "PERSISTED_OPERATION_REQUIRED",
                    "This server runs persisted operations only: send the operation's id or documentId instead of its text.")
                : query;
        }

        var stored = operations.Find(key)
            ?? throw new GraphQLRequestException(StatusCodes.Status400BadRequest, "PERSISTED_OPERATION_NOT_FOUND", $"No persisted operation has the id '{key}'.");
        return string.IsNullOrEmpty(query) || query == stored
            ? stored
            : throw new GraphQLRequestException(StatusCodes.Status400BadRequest, "PERSISTED_OPERATION_MISMATCH",
                $"The query is not the persisted operation '{key}'; send the id alone, or the query that matches it.");
    }

    private static string? String(JsonElement root, string name) =>
        !root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null
            ? null
            : value.ValueKind == JsonValueKind.String ? Text(static value => value.GetString(), value, name) : throw BadRequest($"'{name}' must be a string.");

    private Inputs? Object(JsonElement root, string name) =>
        !root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null
            ? null
            : value.ValueKind == JsonValueKind.Object ? Text(static read => read.Serializer.ReadNode<Inputs>(read.Value), (Serializer: serializer, Value: value), name) : throw BadRequest($"'{name}' must be an object.");

    /// <summary>
    /// Reads strings of the request, which JSON escapes may make text no string holds: a lone surrogate such as
    /// <c>"\ud800"</c>. The reader throws then (an InvalidOperationException, wrapped in a JsonException for variables).
    /// </summary>
    private static T Text<TState, T>(Func<TState, T> read, TState state, string name)
    {
        try
        {
            // A static function and its state: no closure allocated for each string of each request.
            return read(state);
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException)
        {
            throw BadRequest($"'{name}' is not valid: {exception.Message}");
        }
    }

    private Inputs? ParseObject(string? json, string name)
    {
        if (string.IsNullOrEmpty(json))
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(json);
            return document.RootElement.ValueKind switch
            {
                JsonValueKind.Null => null,
                JsonValueKind.Object => serializer.ReadNode<Inputs>(document.RootElement),
                _ => throw BadRequest($"'{name}' must be a JSON object."),
            };
        }
        catch (JsonException)
        {
            throw BadRequest($"'{name}' is not valid JSON.");
        }
    }

    private GraphQLRequestException TooLarge(string found) =>
        new(StatusCodes.Status413PayloadTooLarge, BudgetErrorCodes.RequestTooLarge,
            $"The request body is {found} bytes; at most {MaxBodyBytes:#,0} are allowed.");

    private static GraphQLRequestException BadRequest(string message) =>
        new(StatusCodes.Status400BadRequest, "INVALID_REQUEST", message);
}
