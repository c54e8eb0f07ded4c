using System.Net.WebSockets;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Network.Server.GraphQL.Subscriptions;
using Network.Server.Identity;
using Network.Server.Tests.Infrastructure;
using Network.Server.Tests.Pairings;

namespace Network.Server.Tests.Subscriptions;

/// <summary>The legacy <c>graphql-ws</c> subprotocol (Apollo's subscriptions-transport-ws) on <c>/graphql</c>, over a real WebSocket.</summary>
public sealed class LegacyGraphQLWsTests(SubscriptionApp app) : IClassFixture<SubscriptionApp>
{
    private const string Legacy = "graphql-ws";
    private const string Subscription = "subscription { pairingChanged { change { type toStatus } pairing { id status } } }";

    private readonly PairingKit _kit = new(app);

    [Fact]
    public async Task Connection_init_is_acknowledged_and_followed_by_a_keep_alive()
    {
        using var socket = await GraphQLSocket.ConnectAsync(app, Legacy);

        await socket.SendAsync(new { type = "connection_init", payload = new { } });
        var ack = await socket.ReceiveAsync();
        var keepAlive = await socket.ReceiveAsync();

        Assert.Equal(Legacy, socket.Socket.SubProtocol);
        Assert.Equal("connection_ack", ack!["type"]!.GetValue<string>());
        Assert.Equal("ka", keepAlive!["type"]!.GetValue<string>());
    }

    [Fact]
    public async Task Keep_alives_follow_every_interval()
    {
        using var socket = await OpenAsync(TestCallers.Anonymous);

        var second = await socket.ReceiveAsync(SubscriptionApp.KeepAliveInterval * 10);
        var third = await socket.ReceiveAsync(SubscriptionApp.KeepAliveInterval * 10);

        Assert.Equal(("ka", "ka"), (second!["type"]!.GetValue<string>(), third!["type"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Graphql_transport_ws_is_chosen_when_both_subprotocols_are_offered()
    {
        using var socket = new ClientWebSocket();
        socket.Options.AddSubProtocol(Legacy);
        socket.Options.AddSubProtocol("graphql-transport-ws");

        await socket.ConnectAsync(new UriBuilder(app.CreateClient().BaseAddress!) { Scheme = "ws", Path = "/graphql" }.Uri, CancellationToken.None);

        Assert.Equal("graphql-transport-ws", socket.SubProtocol);
    }

    [Fact]
    public async Task A_query_is_answered_with_data_then_complete()
    {
        using var socket = await OpenAsync(TestCallers.Coordinator);

        await socket.SendAsync(new { id = "1", type = "start", payload = new { query = "query Who { me { isAuthenticated } }", operationName = "Who" } });
        var data = await ReceiveAsync(socket);
        var complete = await ReceiveAsync(socket);

        Assert.Equal(("data", "1"), (data!["type"]!.GetValue<string>(), data["id"]!.GetValue<string>()));
        Assert.True(data["payload"]!["data"]!["me"]!["isAuthenticated"]!.GetValue<bool>());
        Assert.Equal(("complete", "1"), (complete!["type"]!.GetValue<string>(), complete["id"]!.GetValue<string>()));
    }

    [Fact]
    public async Task A_subscription_sends_data_for_each_change_and_stop_ends_it()
    {
        var hub = app.Services.GetRequiredService<EventHub>();
        var (first, second) = await _kit.PairAsync();
        using var socket = await OpenAsync(TestCallers.Mentor(first.Id));
        var before = hub.Count;
        await socket.SendAsync(new { id = "p", type = "start", payload = new { query = Subscription } });
        await WaitUntilAsync(() => hub.Count > before);

        var pairingId = await _kit.ProposedAsync(first, second);
        var data = await ReceiveAsync(socket);
        await socket.SendAsync(new { id = "p", type = "stop" });
        var complete = await ReceiveAsync(socket);
        await WaitUntilAsync(() => hub.Count == before);

        Assert.Equal(("data", "p"), (data!["type"]!.GetValue<string>(), data["id"]!.GetValue<string>()));
        Assert.Equal(("PROPOSED", pairingId), (data["payload"]!["data"]!["pairingChanged"]!["change"]!["type"]!.GetValue<string>(), data["payload"]!["data"]!["pairingChanged"]!["pairing"]!["id"]!.GetValue<string>()));
        Assert.Equal(("complete", "p"), (complete!["type"]!.GetValue<string>(), complete["id"]!.GetValue<string>()));
    }

    [Fact]
    public async Task A_subscription_the_caller_may_not_run_is_answered_with_error()
    {
        using var socket = await OpenAsync(TestCallers.Partner);

        await socket.SendAsync(new { id = "x", type = "start", payload = new { query = Subscription } });
        var error = await ReceiveAsync(socket);

        Assert.Equal(("error", "x"), (error!["type"]!.GetValue<string>(), error["id"]!.GetValue<string>()));
        Assert.Equal("AUTH_NOT_AUTHORIZED", error["payload"]![0]!["extensions"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_start_with_an_id_already_running_is_answered_with_error_for_that_id()
    {
        var hub = app.Services.GetRequiredService<EventHub>();
        using var socket = await OpenAsync(TestCallers.Coordinator);
        var before = hub.Count;
        await socket.SendAsync(new { id = "d", type = "start", payload = new { query = Subscription } });
        await WaitUntilAsync(() => hub.Count > before);

        await socket.SendAsync(new { id = "d", type = "start", payload = new { query = Subscription } });
        var error = await ReceiveAsync(socket);

        Assert.Equal(("error", "d"), (error!["type"]!.GetValue<string>(), error["id"]!.GetValue<string>()));
        Assert.Equal("OPERATION_ID_IN_USE", error["payload"]![0]!["extensions"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_token_that_does_not_validate_is_answered_with_connection_error_and_a_close()
    {
        using var socket = await GraphQLSocket.ConnectAsync(app, Legacy);

        await socket.SendAsync(new { type = "connection_init", payload = new { Authorization = "Bearer not-a-token" } });
        var error = await socket.ReceiveAsync();
        var closed = await socket.ReceiveAsync();

        Assert.Equal("connection_error", error!["type"]!.GetValue<string>());
        Assert.Null(closed);
        Assert.Equal(WebSocketCloseStatus.InternalServerError, socket.Socket.CloseStatus);
    }

    [Fact]
    public async Task A_start_before_connection_init_is_answered_with_connection_error_and_a_close()
    {
        using var socket = await GraphQLSocket.ConnectAsync(app, Legacy);

        await socket.SendAsync(new { id = "1", type = "start", payload = new { query = "{ me { isAuthenticated } }" } });
        var error = await socket.ReceiveAsync();
        var closed = await socket.ReceiveAsync();

        Assert.Equal("connection_error", error!["type"]!.GetValue<string>());
        Assert.Null(closed);
    }

    [Fact]
    public async Task Connection_terminate_closes_the_socket()
    {
        using var socket = await OpenAsync(TestCallers.Anonymous);

        await socket.SendAsync(new { type = "connection_terminate" });

        Assert.Null(await ReceiveAsync(socket));
        Assert.Equal(WebSocketCloseStatus.NormalClosure, socket.Socket.CloseStatus);
    }

    [Fact]
    public async Task The_socket_closes_with_4403_when_the_token_expires()
    {
        using var socket = await GraphQLSocket.ConnectAsync(app, Legacy);
        await socket.SendAsync(new { type = "connection_init", payload = new { Authorization = "Bearer " + app.CreateToken(TestCallers.Coordinator, TimeSpan.FromSeconds(2)) } });
        Assert.Equal("connection_ack", (await socket.ReceiveAsync())!["type"]!.GetValue<string>());

        Assert.Null(await ReceiveAsync(socket));
        Assert.Equal(4403, (int)socket.Socket.CloseStatus!);
    }

    /// <summary>Connects, sends <c>connection_init</c> (with the caller's token), and reads the ack and the first <c>ka</c>.</summary>
    private async Task<GraphQLSocket> OpenAsync(Caller caller)
    {
        var socket = await GraphQLSocket.ConnectAsync(app, Legacy);
        await socket.SendAsync(!caller.IsAuthenticated
            ? new { type = "connection_init" }
            : new { type = "connection_init", payload = new { Authorization = "Bearer " + app.CreateToken(caller) } });
        Assert.Equal("connection_ack", (await socket.ReceiveAsync())!["type"]!.GetValue<string>());
        Assert.Equal("ka", (await socket.ReceiveAsync())!["type"]!.GetValue<string>());
        return socket;
    }

    /// <summary>The next message other than a keep-alive, or null when the server closed the socket.</summary>
    private static async Task<JsonNode?> ReceiveAsync(GraphQLSocket socket)
    {
        while (true)
        {
            var message = await socket.ReceiveAsync();
            if (message?["type"]?.GetValue<string>() != "ka")
            {
                return message;
            }
        }
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        using var patience = new CancellationTokenSource(GraphQLSocket.Patience);
        while (!condition())
        {
            await Task.Delay(10, patience.Token);
        }
    }
}
