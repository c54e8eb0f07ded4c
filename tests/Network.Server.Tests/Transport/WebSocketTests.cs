using System.Net;
using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Network.Server.GraphQL.Transport.WebSockets;
using Network.Server.Tests.Infrastructure;

namespace Network.Server.Tests.Transport;

/// <summary>The <c>graphql-transport-ws</c> protocol on <c>/graphql</c>, over a real WebSocket.</summary>
public sealed class WebSocketTests(WebSocketApp app) : IClassFixture<WebSocketApp>
{
    private const string Subprotocol = "graphql-transport-ws";
    private const string SkillsQuery = "{ skills(first: 2) { nodes { slug } } }";

    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task Connection_init_is_acknowledged_with_the_subprotocol_chosen()
    {
        using var socket = await ConnectAsync();

        await SendAsync(socket, new { type = "connection_init" });

        Assert.Equal(Subprotocol, socket.SubProtocol);
        Assert.Equal("connection_ack", (await ReceiveAsync(socket))!["type"]!.GetValue<string>());
    }

    [Fact]
    public async Task Ping_is_answered_with_pong_before_and_after_the_ack()
    {
        using var socket = await ConnectAsync();

        await SendAsync(socket, new { type = "ping" });
        var before = await ReceiveAsync(socket);
        await SendAsync(socket, new { type = "pong" });
        await InitAsync(socket);
        await SendAsync(socket, new { type = "ping" });
        var after = await ReceiveAsync(socket);

        Assert.Equal("pong", before!["type"]!.GetValue<string>());
        Assert.Equal("pong", after!["type"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_query_sends_next_with_its_data_then_complete()
    {
        using var socket = await ConnectAsync();
        await InitAsync(socket);

        await SendAsync(socket, new { id = "1", type = "subscribe", payload = new { query = SkillsQuery } });
        var next = await ReceiveAsync(socket);
        var complete = await ReceiveAsync(socket);

        Assert.Equal("next", next!["type"]!.GetValue<string>());
        Assert.Equal("1", next["id"]!.GetValue<string>());
        Assert.Equal(2, next["payload"]!["data"]!["skills"]!["nodes"]!.AsArray().Count);
        Assert.Null(next["payload"]!["errors"]);
        Assert.Equal("complete", complete!["type"]!.GetValue<string>());
        Assert.Equal("1", complete["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task Variables_and_operation_name_are_read_from_the_payload()
    {
        using var socket = await ConnectAsync();
        await InitAsync(socket);

        await SendAsync(socket, new
        {
            id = "q",
            type = "subscribe",
            payload = new { query = "query A { me { isAuthenticated } } query B($n: Int) { skills(first: $n) { nodes { slug } } }", operationName = "B", variables = new { n = 1 } },
        });
        var next = await ReceiveAsync(socket);

        Assert.Single(next!["payload"]!["data"]!["skills"]!["nodes"]!.AsArray());
    }

    [Fact]
    public async Task The_caller_is_taken_from_the_upgrade_requests_authorization_header()
    {
        using var socket = await ConnectAsync(authorization: "Bearer " + app.CreateToken(TestCallers.Coordinator));
        await InitAsync(socket);

        await SendAsync(socket, new { id = "me", type = "subscribe", payload = new { query = "{ me { isAuthenticated } }" } });
        var next = await ReceiveAsync(socket);

        Assert.True(next!["payload"]!["data"]!["me"]!["isAuthenticated"]!.GetValue<bool>());
    }

    [Fact]
    public async Task A_mutation_runs_as_the_caller_named_in_the_init_payload_and_is_refused_to_an_anonymous_one_as_over_http()
    {
        var mutation = $$"""mutation { registerEmployer(input: { name: "Socket {{Guid.NewGuid():N}} Ltd", sector: CONSTRUCTION, size: SMALL, postcode: "B1 1AA" }) { employer { id } errors { __typename ... on Error { message } } } }""";
        using var admin = await ConnectAsync();
        await InitAsync(admin, new { Authorization = "Bearer " + app.CreateToken(TestCallers.Admin) });
        using var anonymous = await ConnectAsync();
        await InitAsync(anonymous);

        await SendAsync(admin, new { id = "m", type = "subscribe", payload = new { query = mutation } });
        var registered = await ReceiveAsync(admin);
        await SendAsync(anonymous, new { id = "m", type = "subscribe", payload = new { query = mutation.Replace("Socket", "Refused", StringComparison.Ordinal) } });
        var refused = await ReceiveAsync(anonymous);
        using var overHttp = await app.CreateClient().PostAsJsonAsync("/graphql", new { query = mutation.Replace("Socket", "Http", StringComparison.Ordinal) });
        var overHttpErrors = (await GraphQLResponse.ReadAsync(overHttp)).Data!["registerEmployer"]!["errors"]!.ToJsonString();

        Assert.Equal("next", registered!["type"]!.GetValue<string>());
        Assert.False(string.IsNullOrEmpty(registered["payload"]!["data"]!["registerEmployer"]!["employer"]!["id"]!.GetValue<string>()));
        Assert.Contains("Sign in first.", overHttpErrors, StringComparison.Ordinal);
        Assert.Equal("next", refused!["type"]!.GetValue<string>());
        Assert.Null(refused["payload"]!["data"]!["registerEmployer"]!["employer"]);
        Assert.Equal(overHttpErrors, refused["payload"]!["data"]!["registerEmployer"]!["errors"]!.ToJsonString());
    }

    [Fact]
    public async Task A_document_that_does_not_validate_is_answered_with_an_error_message()
    {
        using var socket = await ConnectAsync();
        await InitAsync(socket);

        await SendAsync(socket, new { id = "bad", type = "subscribe", payload = new { query = "{ noSuchField }" } });
        var error = await ReceiveAsync(socket);

        Assert.Equal("error", error!["type"]!.GetValue<string>());
        Assert.Equal("bad", error["id"]!.GetValue<string>());
        Assert.Contains("noSuchField", error["payload"]![0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Complete_from_the_client_cancels_the_running_operation_and_nothing_more_is_sent_for_it()
    {
        using var socket = await ConnectAsync();
        await InitAsync(socket);

        await SendAsync(socket, new { id = "w", type = "subscribe", payload = new { query = """{ waitUntilCancelled(tag: "complete") }""" } });
        await app.Waiting.Started("complete").WaitAsync(Patience);
        await SendAsync(socket, new { id = "w", type = "complete" });
        await app.Waiting.Cancelled("complete").WaitAsync(Patience);
        await SendAsync(socket, new { type = "ping" });

        Assert.Equal("pong", (await ReceiveAsync(socket))!["type"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_second_subscribe_with_the_id_of_a_running_operation_closes_with_4409_and_cancels_it()
    {
        using var socket = await ConnectAsync();
        await InitAsync(socket);

        await SendAsync(socket, new { id = "d", type = "subscribe", payload = new { query = """{ waitUntilCancelled(tag: "duplicate") }""" } });
        await app.Waiting.Started("duplicate").WaitAsync(Patience);
        await SendAsync(socket, new { id = "d", type = "subscribe", payload = new { query = SkillsQuery } });

        await AssertClosedAsync(socket, WebSocketCloseCodes.SubscriberAlreadyExists, "Subscriber for d already exists");
        await app.Waiting.Cancelled("duplicate").WaitAsync(Patience);
    }

    [Fact]
    public async Task An_invalid_token_in_the_init_payload_closes_with_4403()
    {
        using var socket = await ConnectAsync();

        await SendAsync(socket, new { type = "connection_init", payload = new { Authorization = "Bearer not-a-token" } });

        await AssertClosedAsync(socket, WebSocketCloseCodes.Forbidden, "Forbidden");
    }

    [Fact]
    public async Task No_init_within_the_timeout_closes_with_4408()
    {
        using var socket = await ConnectAsync();

        await AssertClosedAsync(socket, WebSocketCloseCodes.ConnectionInitialisationTimeout, "Connection initialisation timeout");
    }

    [Fact]
    public async Task A_second_init_closes_with_4429()
    {
        using var socket = await ConnectAsync();
        await InitAsync(socket);

        await SendAsync(socket, new { type = "connection_init" });

        await AssertClosedAsync(socket, WebSocketCloseCodes.TooManyInitialisationRequests, "Too many initialisation requests");
    }

    [Fact]
    public async Task Subscribe_before_the_ack_closes_with_4401()
    {
        using var socket = await ConnectAsync();

        await SendAsync(socket, new { id = "1", type = "subscribe", payload = new { query = SkillsQuery } });

        await AssertClosedAsync(socket, WebSocketCloseCodes.Unauthorized, "Unauthorized");
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("""{"type":"no_such_type"}""")]
    [InlineData("""{"id":1,"type":"ping"}""")]
    [InlineData("""{"type":"subscribe","payload":{"query":"{ me { isAuthenticated } }"}}""")]
    [InlineData("""{"id":"1","type":"subscribe"}""")]
    public async Task An_invalid_message_closes_with_4400(string message)
    {
        using var socket = await ConnectAsync();
        await InitAsync(socket);

        await socket.SendAsync(Encoding.UTF8.GetBytes(message), WebSocketMessageType.Text, endOfMessage: true, Timeout());

        await AssertClosedAsync(socket, WebSocketCloseCodes.BadRequest, "Invalid message received");
    }

    [Fact]
    public async Task An_upgrade_offering_neither_graphql_subprotocol_is_refused_with_400()
    {
        using var socket = new ClientWebSocket();
        socket.Options.AddSubProtocol("mqtt");
        socket.Options.CollectHttpResponseDetails = true;

        await Assert.ThrowsAsync<WebSocketException>(() => socket.ConnectAsync(Address(), Timeout()));

        Assert.Equal(HttpStatusCode.BadRequest, socket.HttpStatusCode);
    }

    [Fact]
    public async Task An_upgrade_from_a_foreign_origin_is_refused_with_403()
    {
        using var socket = new ClientWebSocket();
        socket.Options.AddSubProtocol(Subprotocol);
        socket.Options.SetRequestHeader("Origin", "https://elsewhere.example");
        socket.Options.CollectHttpResponseDetails = true;

        await Assert.ThrowsAsync<WebSocketException>(() => socket.ConnectAsync(Address(), Timeout()));

        Assert.Equal(HttpStatusCode.Forbidden, socket.HttpStatusCode);
    }

    private static CancellationToken Timeout() => new CancellationTokenSource(Patience).Token;

    private Uri Address() => new UriBuilder(app.CreateClient().BaseAddress!) { Scheme = "ws", Path = "/graphql" }.Uri;

    private async Task<ClientWebSocket> ConnectAsync(string? authorization = null)
    {
        var socket = new ClientWebSocket();
        socket.Options.AddSubProtocol(Subprotocol);
        if (authorization is not null)
        {
            socket.Options.SetRequestHeader("Authorization", authorization);
        }

        await socket.ConnectAsync(Address(), Timeout());
        return socket;
    }

    private static async Task InitAsync(ClientWebSocket socket, object? payload = null)
    {
        await SendAsync(socket, payload is null ? new { type = "connection_init" } : new { type = "connection_init", payload });
        Assert.Equal("connection_ack", (await ReceiveAsync(socket))!["type"]!.GetValue<string>());
    }

    private static Task SendAsync(ClientWebSocket socket, object message) =>
        socket.SendAsync(JsonSerializer.SerializeToUtf8Bytes(message), WebSocketMessageType.Text, endOfMessage: true, Timeout());

    /// <summary>The next message, or null when the server closed the socket.</summary>
    private static async Task<JsonNode?> ReceiveAsync(ClientWebSocket socket)
    {
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        var cancellation = Timeout();
        while (true)
        {
            var received = await socket.ReceiveAsync(buffer, cancellation);
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

    private static async Task AssertClosedAsync(ClientWebSocket socket, int code, string reason)
    {
        Assert.Null(await ReceiveAsync(socket));
        Assert.Equal(code, (int)socket.CloseStatus!.Value);
        Assert.StartsWith(reason, socket.CloseStatusDescription, StringComparison.Ordinal);
    }
}
