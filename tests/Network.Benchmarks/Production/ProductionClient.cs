using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Network.Benchmarks.Production;

/// <summary>
/// Sends the workload's requests to one server (a process of its own, or the smoke run's in-process server) over its own
/// pool of connections, and checks each answer: HTTP 200, no GraphQL errors, an answer in the request's root field, and
/// for a mutation no errors in its payload.
/// </summary>
internal sealed class ProductionClient(Uri server, int connections) : IDisposable
{
    private readonly HttpClient _http = new(new SocketsHttpHandler { MaxConnectionsPerServer = connections, PooledConnectionIdleTimeout = TimeSpan.FromMinutes(5) })
    {
        BaseAddress = server,
        Timeout = TimeSpan.FromSeconds(60),
    };

    /// <summary>Sends <paramref name="request"/>; what went wrong, or null when it succeeded.</summary>
    public async Task<string?> SendAsync(ProductionRequest request)
    {
        try
        {
            using var message = new HttpRequestMessage(HttpMethod.Post, new Uri("/graphql", UriKind.Relative))
            {
                Content = JsonContent.Create(new { query = request.Query, variables = request.Variables }),
            };
            if (request.Token is { } token)
            {
                message.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            }

            using var response = await _http.SendAsync(message);
            var body = await response.Content.ReadAsByteArrayAsync();
            return response.IsSuccessStatusCode ? Check(request, body) : $"{request.Name}: HTTP {(int)response.StatusCode} {Truncate(body)}";
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            return $"{request.Name}: {e.GetType().Name}: {e.Message}";
        }
    }

    /// <summary>
    /// Sends <paramref name="request"/> and records how long it took since <paramref name="startedAt"/> and whether it
    /// succeeded, in the log current when it answered.
    /// </summary>
    public async Task SendAsync(ProductionRequest request, Func<LatencyLog> log, long startedAt)
    {
        var error = await SendAsync(request);
        log().Record(request, Stopwatch.GetElapsedTime(startedAt).TotalMilliseconds, error);
    }

    public void Dispose() => _http.Dispose();

    private static string? Check(ProductionRequest request, byte[] body)
    {
        using var json = JsonDocument.Parse(body);
        var root = json.RootElement;
        if (root.TryGetProperty("errors", out _))
        {
            return $"{request.Name}: {Truncate(body)}";
        }

        if (!root.TryGetProperty("data", out var data) || data.ValueKind != JsonValueKind.Object
            || !data.TryGetProperty(request.Field, out var answer) || answer.ValueKind != JsonValueKind.Object)
        {
            return $"{request.Name}: no answer in {request.Field}: {Truncate(body)}";
        }

        return request.IsMutation && answer.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Array && errors.GetArrayLength() > 0
            ? $"{request.Name}: {errors}"
            : null;
    }

    private static string Truncate(byte[] body)
    {
        var text = System.Text.Encoding.UTF8.GetString(body);
        return text.Length > 300 ? text[..300] + "…" : text;
    }
}
