using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Network.Server.GraphQL.Subscriptions;
using Network.Server.Identity;
using Network.Server.Tests.Infrastructure;
using Network.Server.Tests.Pairings;

namespace Network.Server.Tests.Subscriptions;

/// <summary>GraphQL over server-sent events (graphql-sse, distinct connections mode) on <c>/graphql</c>, over real HTTP.</summary>
public sealed class ServerSentEventTests(SubscriptionApp app) : IClassFixture<SubscriptionApp>
{
    private const string Subscription = "subscription { pairingChanged { change { type toStatus } pairing { id status } } }";

    private readonly PairingKit _kit = new(app);

    [Fact]
    public async Task A_query_is_streamed_as_next_then_complete()
    {
        using var http = Client(TestCallers.Coordinator);
        using var response = await PostAsync(http, "{ me { isAuthenticated } }");
        using var events = await EventStream.OpenAsync(response);

        var next = await events.ReadAsync();
        var complete = await events.ReadAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/event-stream; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        Assert.Equal("next", next!.Value.Event);
        Assert.True(JsonNode.Parse(next.Value.Data)!["data"]!["me"]!["isAuthenticated"]!.GetValue<bool>());
        Assert.Equal(("complete", string.Empty), complete!.Value);
        Assert.Null(await events.ReadAsync());
    }

    [Fact]
    public async Task A_subscription_streams_each_change_as_next()
    {
        var hub = app.Services.GetRequiredService<EventHub>();
        var (first, second) = await _kit.PairAsync();
        using var http = Client(TestCallers.Mentor(first.Id));
        var before = await QuietAsync(hub);
        using var response = await PostAsync(http, Subscription);
        using var events = await EventStream.OpenAsync(response);
        await WaitUntilAsync(() => hub.Count > before);

        var pairingId = await _kit.ProposedAsync(first, second);
        var next = await events.ReadAsync();

        Assert.Equal("next", next!.Value.Event);
        var change = JsonNode.Parse(next.Value.Data)!["data"]!["pairingChanged"]!;
        Assert.Equal(("PROPOSED", pairingId), (change["change"]!["type"]!.GetValue<string>(), change["pairing"]!["id"]!.GetValue<string>()));
    }

    [Fact]
    public async Task An_idle_stream_gets_a_comment_line_every_interval()
    {
        using var http = Client(TestCallers.Coordinator);
        using var response = await PostAsync(http, Subscription);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync());
        using var patience = new CancellationTokenSource(SubscriptionApp.KeepAliveInterval * 20);

        string?[] lines = [await reader.ReadLineAsync(patience.Token), await reader.ReadLineAsync(patience.Token), await reader.ReadLineAsync(patience.Token), await reader.ReadLineAsync(patience.Token)];

        Assert.Equal(":||:|", string.Join("|", lines));
    }

    [Fact]
    public async Task A_subscription_over_GET_streams_too()
    {
        var hub = app.Services.GetRequiredService<EventHub>();
        var (first, second) = await _kit.PairAsync();
        using var http = Client(TestCallers.Mentor(second.Id));
        var before = await QuietAsync(hub);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString(Subscription));
        request.Headers.Accept.ParseAdd("text/event-stream");
        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        using var events = await EventStream.OpenAsync(response);
        await WaitUntilAsync(() => hub.Count > before);

        var pairingId = await _kit.ProposedAsync(first, second);
        var next = await events.ReadAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(pairingId, JsonNode.Parse(next!.Value.Data)!["data"]!["pairingChanged"]!["pairing"]!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_mutation_over_GET_is_refused_with_405()
    {
        using var http = Client(TestCallers.Coordinator);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString("mutation { __typename }"));
        request.Headers.Accept.ParseAdd("text/event-stream");
        using var response = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal("POST", response.Content.Headers.Allow.Single());
    }

    [Fact]
    public async Task Disconnecting_ends_the_subscription()
    {
        var hub = app.Services.GetRequiredService<EventHub>();
        using var http = Client(TestCallers.Coordinator);
        var before = await QuietAsync(hub);
        var response = await PostAsync(http, Subscription);
        var events = await EventStream.OpenAsync(response);
        await WaitUntilAsync(() => hub.Count > before);

        events.Dispose();
        response.Dispose();
        http.Dispose();

        await WaitUntilAsync(() => hub.Count == before);
    }

    [Fact]
    public async Task A_subscription_the_caller_may_not_run_is_streamed_as_next_with_the_errors_then_complete()
    {
        var hub = app.Services.GetRequiredService<EventHub>();
        var before = await QuietAsync(hub);
        using var http = Client(TestCallers.Partner);
        using var response = await PostAsync(http, Subscription);
        using var events = await EventStream.OpenAsync(response);

        var next = await events.ReadAsync();
        var complete = await events.ReadAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("next", next!.Value.Event);
        Assert.Equal("AUTH_NOT_AUTHORIZED", JsonNode.Parse(next.Value.Data)!["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
        Assert.Equal("complete", complete!.Value.Event);
        Assert.Equal(before, hub.Count);
    }

    [Fact]
    public async Task A_request_that_cannot_be_read_is_answered_with_a_json_error()
    {
        using var http = Client(TestCallers.Coordinator);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { variables = new { } }) };
        request.Headers.Accept.ParseAdd("text/event-stream");
        using var response = await http.SendAsync(request);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("INVALID_REQUEST", body["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_stream_ends_with_an_error_when_the_token_expires()
    {
        using var http = app.CreateClient();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", app.CreateToken(TestCallers.Coordinator, TimeSpan.FromSeconds(2)));
        using var response = await PostAsync(http, Subscription);
        using var events = await EventStream.OpenAsync(response);

        var next = await events.ReadAsync();
        var complete = await events.ReadAsync();

        Assert.Equal("TOKEN_EXPIRED", JsonNode.Parse(next!.Value.Data)!["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
        Assert.Equal("complete", complete!.Value.Event);
    }

    private HttpClient Client(Caller caller)
    {
        var http = app.CreateClient();
        if (caller.IsAuthenticated)
        {
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", app.CreateToken(caller));
        }

        return http;
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient http, string query)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query }) };
        request.Headers.Accept.ParseAdd("text/event-stream");
        return await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
    }

    /// <summary>
    /// The hub's count once the subscriptions of earlier tests on this server, whose streams end after their tests
    /// do, have ended: counting from a number that is still falling would never see it again.
    /// </summary>
    private static async Task<int> QuietAsync(EventHub hub)
    {
        await WaitUntilAsync(() => hub.Count == 0);
        return hub.Count;
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        using var patience = new CancellationTokenSource(GraphQLSocket.Patience);
        while (!condition())
        {
            await Task.Delay(10, patience.Token);
        }
    }

    /// <summary>Reads a <c>text/event-stream</c> response event by event, line by line as it arrives, skipping comments.</summary>
    private sealed class EventStream : IDisposable
    {
        private readonly StreamReader _reader;

        private EventStream(Stream body) => _reader = new StreamReader(body);

        public static async Task<EventStream> OpenAsync(HttpResponseMessage response) => new(await response.Content.ReadAsStreamAsync());

        /// <summary>The next event's name and data, or null when the stream ended.</summary>
        public async Task<(string Event, string Data)?> ReadAsync()
        {
            using var patience = new CancellationTokenSource(GraphQLSocket.Patience);
            string? name = null;
            List<string> data = [];
            while (await _reader.ReadLineAsync(patience.Token) is { } line)
            {
                if (line.Length == 0)
                {
                    if (name is not null || data.Count > 0)
                    {
                        return (name ?? "message", string.Join('\n', data));
                    }

                    continue;
                }

                if (line.StartsWith(':'))
                {
                    continue;
                }

                var colon = line.IndexOf(':');
                var field = colon < 0 ? line : line[..colon];
                var value = colon < 0 ? string.Empty : line[(colon + 1)..].TrimStart(' ');
                if (field == "event")
                {
                    name = value;
                }
                else if (field == "data")
                {
                    data.Add(value);
                }
            }

            return null;
        }

        public void Dispose() => _reader.Dispose();
    }
}
