using System.Net.WebSockets;

namespace Network.Client;

/// <summary>How a client's subscriptions connect, and reconnect, over WebSockets.</summary>
public sealed class SubscriptionOptions
{
    /// <summary>
    /// The WebSocket address; null (the default) for the HTTP client's base address with <c>http</c> turned into
    /// <c>ws</c> and <c>https</c> into <c>wss</c>, same host and path.
    /// </summary>
    public Uri? Endpoint { get; set; }

    /// <summary>The wait before the first reconnection; each further attempt waits twice as long. Half a second by default.</summary>
    public TimeSpan ReconnectDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>The longest wait between reconnections. 30 seconds by default.</summary>
    public TimeSpan MaxReconnectDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How much each wait varies at random, as a fraction of it (0.2: from 80% to 120%), so that clients dropped
    /// together do not all come back at the same moment.
    /// </summary>
    public double ReconnectJitter { get; set; } = 0.2;

    /// <summary>
    /// How many reconnections in a row may fail before the live subscriptions end with a transport error;
    /// null (the default) to keep trying.
    /// </summary>
    public int? MaxReconnectAttempts { get; set; }

    /// <summary>How long opening the socket and the server's <c>connection_ack</c> may take together. 10 seconds by default.</summary>
    public TimeSpan ConnectionTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Sets up each socket before it connects: proxies, certificates, headers of the upgrade request.</summary>
    public Action<ClientWebSocketOptions>? ConfigureWebSocket { get; set; }

    /// <summary>The WebSocket address of a GraphQL HTTP endpoint: <c>http</c> becomes <c>ws</c>, <c>https</c> becomes <c>wss</c>.</summary>
    public static Uri WebSocketAddress(Uri httpEndpoint)
    {
        ArgumentNullException.ThrowIfNull(httpEndpoint);
        var scheme = httpEndpoint.Scheme switch
        {
            "http" or "ws" => "ws",
            "https" or "wss" => "wss",
            _ => throw new ArgumentException($"'{httpEndpoint}' is not an HTTP address.", nameof(httpEndpoint)),
        };
        return new UriBuilder(httpEndpoint) { Scheme = scheme, Port = httpEndpoint.IsDefaultPort ? -1 : httpEndpoint.Port }.Uri;
    }
}
