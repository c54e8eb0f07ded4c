using System.Buffers;
using System.Net.Http.Headers;
using System.Text.Json;

namespace Network.Client;

/// <summary>
/// Sends operations as the GraphQL-over-HTTP specification describes: a POST of
/// <c>application/json</c> to the client's base address, accepting
/// <c>application/graphql-response+json</c>, and reads the answer, whatever its status, as GraphQL when
/// it is GraphQL. Bearer tokens and other headers come from the HTTP client's handlers.
/// </summary>
public sealed class HttpOperationExecutor(Func<HttpClient> httpClient, ClientOptions options) : IOperationExecutor
{
    private static readonly MediaTypeWithQualityHeaderValue GraphQLResponse = new("application/graphql-response+json");
    private static readonly MediaTypeWithQualityHeaderValue Json = new("application/json", 0.9);

    public async Task<IOperationResult<T>> ExecuteAsync<T>(
        OperationDocument document, Action<Utf8JsonWriter>? writeVariables, Func<JsonElement, T> parseData, CancellationToken cancellationToken)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(parseData);
        using var request = new HttpRequestMessage(HttpMethod.Post, (Uri?)null) { Content = Body(document, writeVariables) };
        request.Headers.Accept.Add(GraphQLResponse);
        request.Headers.Accept.Add(Json);
        HttpResponseMessage response;
        try
        {
            response = await httpClient().SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return Failed<T>($"The request to the GraphQL server failed: {e.Message}", e, null);
        }

        using (response)
        {
            var status = (int)response.StatusCode;
            var mediaType = response.Content.Headers.ContentType?.MediaType;
            if (mediaType is not ("application/graphql-response+json" or "application/json"))
            {
                return Failed<T>($"The server answered {status} {response.ReasonPhrase} with {mediaType ?? "no content type"}, not GraphQL.", null, status);
            }

            JsonDocument answer;
            try
            {
                var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
                await using (stream.ConfigureAwait(false))
                {
                    answer = await JsonDocument.ParseAsync(stream, default, cancellationToken).ConfigureAwait(false);
                }
            }
            catch (JsonException e)
            {
                return Failed<T>($"The server's answer ({status}) is not valid JSON: {e.Message}", e, status);
            }

            using (answer)
            {
                return ResultReader.Read(answer.RootElement, parseData, status);
            }
        }
    }

    private ByteArrayContent Body(OperationDocument document, Action<Utf8JsonWriter>? writeVariables)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            document.WriteRequest(writer, options.PersistedOperations, writeVariables);
        }

        var content = new ByteArrayContent(buffer.WrittenSpan.ToArray());
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        return content;
    }

    private static OperationResult<T> Failed<T>(string message, Exception? exception, int? status)
        where T : class =>
        new(null, [new ClientError(message, ClientErrorKind.Transport, exception: exception, statusCode: status)], status);
}
