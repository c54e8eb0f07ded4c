using Microsoft.Net.Http.Headers;

namespace Network.Server.GraphQL.Transport;

/// <summary>Chooses the response media type from the Accept header, as the GraphQL-over-HTTP specification describes.</summary>
public static class ResponseMediaType
{
    public const string GraphQLResponse = "application/graphql-response+json";
    public const string Json = "application/json";

    /// <summary>The Content-Type of an answer in <paramref name="mediaType"/>: constants, not a string built per request.</summary>
    public static string WithCharset(string mediaType) => mediaType switch
    {
        GraphQLResponse => GraphQLResponse + "; charset=utf-8",
        Json => Json + "; charset=utf-8",
        _ => mediaType + "; charset=utf-8",
    };

    /// <summary>
    /// The media type to answer with, or null when the client accepts neither (406). A request without an
    /// Accept header gets <c>application/graphql-response+json</c>, as the specification asks of servers
    /// since 2025 (it was <c>application/json</c> before).
    /// </summary>
    public static string? Negotiate(HttpRequest request)
    {
        var accept = request.Headers.Accept;
        if (accept.Count == 0 || !MediaTypeHeaderValue.TryParseList(accept, out var values) || values.Count == 0)
        {
            return GraphQLResponse;
        }

        string? best = null;
        double bestQuality = 0;
        foreach (var value in values)
        {
            var quality = value.Quality ?? 1;
            var mediaType = value.MediaType.Value?.ToLowerInvariant();
            var candidate = mediaType switch
            {
                GraphQLResponse => GraphQLResponse,
                Json => Json,
                "application/*" or "*/*" => Json,
                _ => null,
            };
            if (candidate is null || quality <= 0)
            {
                continue;
            }

            // At equal quality the specific GraphQL media type wins over application/json and wildcards.
            if (quality > bestQuality || (quality == bestQuality && candidate == GraphQLResponse && mediaType == GraphQLResponse))
            {
                best = candidate;
                bestQuality = quality;
            }
        }

        return best;
    }
}
