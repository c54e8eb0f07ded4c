using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Network.Benchmarks.Peer;

/// <summary>
/// Sends GraphQL requests to one server over a pool of <paramref name="connections"/> keep-alive connections, as the
/// caller <paramref name="token"/> (none: anonymous), and checks each answer: HTTP 200, no <c>errors</c>, a <c>data</c> object.
/// </summary>
internal sealed class PeerClient(Uri baseAddress, string? token, int connections) : IDisposable
{
    private readonly HttpClient _http = new(new SocketsHttpHandler { MaxConnectionsPerServer = connections, PooledConnectionIdleTimeout = TimeSpan.FromMinutes(5) })
    {
        BaseAddress = baseAddress,
        Timeout = TimeSpan.FromSeconds(60),
    };

    /// <summary>Sends <paramref name="request"/>; its <c>data</c>, or what went wrong.</summary>
    public async Task<(JsonElement Data, string? Error)> SendAsync(PeerRequest request)
    {
        try
        {
            using var message = new HttpRequestMessage(HttpMethod.Post, new Uri("/graphql", UriKind.Relative))
            {
                Content = JsonContent.Create(new { query = request.Document, variables = request.Variables }),
            };
            if (token is not null)
            {
                message.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            }

            using var response = await _http.SendAsync(message);
            var body = await response.Content.ReadAsByteArrayAsync();
            if (!response.IsSuccessStatusCode)
            {
                return (default, $"HTTP {(int)response.StatusCode} {Truncate(body)}");
            }

            using var json = JsonDocument.Parse(body);
            var root = json.RootElement;
            return root.TryGetProperty("errors", out _) || !root.TryGetProperty("data", out var data) || data.ValueKind != JsonValueKind.Object
                ? (default, Truncate(body))
                : (data.Clone(), null);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or JsonException)
        {
            return (default, $"{e.GetType().Name}: {e.Message}");
        }
    }

    public void Dispose() => _http.Dispose();

    private static string Truncate(byte[] body)
    {
        var text = System.Text.Encoding.UTF8.GetString(body);
        return text.Length > 300 ? text[..300] + "…" : text;
    }
}
