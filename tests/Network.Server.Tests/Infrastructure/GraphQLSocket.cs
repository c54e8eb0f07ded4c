using System.Net.WebSockets;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Network.Server.GraphQL.Subscriptions;
using Network.Server.Identity;

namespace Network.Server.Tests.Infrastructure;

/// <summary>A real WebSocket to a test server's <c>/graphql</c>, speaking a GraphQL subprotocol message by message.</summary>
public sealed class GraphQLSocket : IDisposable
{
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    private GraphQLSocket(ClientWebSocket socket) => Socket = socket;

    public ClientWebSocket Socket { get; }

    public static async Task<GraphQLSocket> ConnectAsync(NetworkApp app, string subprotocol = "graphql-transport-ws", string? authorization = null)
    {
        var socket = new ClientWebSocket();
        socket.Options.AddSubProtocol(subprotocol);
        if (authorization is not null)
        {
            socket.Options.SetRequestHeader("Authorization", authorization);
        }

        await socket.ConnectAsync(new UriBuilder(app.CreateClient().BaseAddress!) { Scheme = "ws", Path = "/graphql" }.Uri, Timeout());
        return new GraphQLSocket(socket);
    }

    /// <summary>Connects and completes the <c>graphql-transport-ws</c> handshake, signed in as <paramref name="caller"/> through the init payload.</summary>
    public static async Task<GraphQLSocket> OpenAsync(NetworkApp app, Caller? caller = null)
    {
        var socket = await ConnectAsync(app);
        await socket.SendAsync(caller is null || caller == TestCallers.Anonymous
            ? new { type = "connection_init" }
            : new { type = "connection_init", payload = new { Authorization = "Bearer " + app.CreateToken(caller) } });
        Assert.Equal("connection_ack", (await socket.ReceiveAsync())!["type"]!.GetValue<string>());
        return socket;
    }

    /// <summary>Sends a <c>subscribe</c> and waits until the server holds one more live subscription than before, and hears events.</summary>
    public async Task SubscribeAsync(NetworkApp app, string id, string query, object? variables = null)
    {
        await app.Services.GetServices<Microsoft.Extensions.Hosting.IHostedService>().OfType<EventListener>().Single().Listening.WaitAsync(Patience);
        var before = app.Services.GetRequiredService<EventHub>().Count;
        await SendAsync(new { id, type = "subscribe", payload = new { query, variables } });
        await LiveSubscriptionsAsync(app, count => count > before);
    }

    /// <summary>Waits until the server's count of live subscriptions satisfies <paramref name="done"/>, failing the test when it takes too long.</summary>
    public static async Task LiveSubscriptionsAsync(NetworkApp app, Func<int, bool> done)
    {
        var hub = app.Services.GetRequiredService<EventHub>();
        using var patience = new CancellationTokenSource(Patience);
        while (!done(hub.Count))
        {
            await Task.Delay(10, patience.Token);
        }
    }

    public Task SendAsync(object message) =>
        Socket.SendAsync(JsonSerializer.SerializeToUtf8Bytes(message), WebSocketMessageType.Text, endOfMessage: true, Timeout());

    /// <summary>The next message, or null when the server closed the socket.</summary>
    public async Task<JsonNode?> ReceiveAsync(TimeSpan? patience = null)
    {
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        using var cancellation = new CancellationTokenSource(patience ?? Patience);
        while (true)
        {
            var received = await Socket.ReceiveAsync(buffer, cancellation.Token);
            if (received.MessageType == WebSocketMessageType.Close)
            {
                return null;
            }

            message.Write(buffer, 0, received.Count);
            if (received.EndOfMessage)
            {
                return JsonNode.Parse(message.ToArray());
            }
        }
    }

    /// <summary>Whether nothing arrives within <paramref name="wait"/>.</summary>
    public async Task<bool> IsQuietAsync(TimeSpan wait)
    {
        try
        {
            await ReceiveAsync(wait);
            return false;
        }
        catch (OperationCanceledException)
        {
            return true;
        }
    }

    public void Dispose() => Socket.Dispose();

    private static CancellationToken Timeout() => new CancellationTokenSource(Patience).Token;
}
