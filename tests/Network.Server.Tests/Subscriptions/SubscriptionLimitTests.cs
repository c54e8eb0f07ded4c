using System.Net.WebSockets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Network.Server.GraphQL.Subscriptions;
using Network.Server.Identity;
using Network.Server.Tests.Infrastructure;
using Npgsql;

namespace Network.Server.Tests.Subscriptions;

/// <summary>What bounds a subscription: quotas per connection and per caller, budgets, the token's expiry and a bounded queue.</summary>
public sealed class SubscriptionLimitTests(SubscriptionApp app) : IClassFixture<SubscriptionApp>
{
    private const string Subscription = "subscription { pairingChanged { pairing { id } } }";

    [Fact]
    public async Task A_connection_holds_at_most_its_quota_and_completing_one_frees_a_place()
    {
        using var socket = await GraphQLSocket.OpenAsync(app, Unique());
        for (var i = 1; i <= SubscriptionApp.MaxPerConnection; i++)
        {
            await socket.SubscribeAsync(app, $"s{i}", Subscription);
        }

        await socket.SendAsync(new { id = "over", type = "subscribe", payload = new { query = Subscription } });
        var refused = await socket.ReceiveAsync();
        await socket.SendAsync(new { id = "s1", type = "complete" });
        await WaitForAsync(() => Live(socket) < SubscriptionApp.MaxPerConnection);
        await socket.SubscribeAsync(app, "again", Subscription);

        Assert.Equal(("error", "over"), (refused!["type"]!.GetValue<string>(), refused["id"]!.GetValue<string>()));
        Assert.Equal(SubscriptionExecution.LimitErrorCode, refused["payload"]![0]!["extensions"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_caller_holds_at_most_their_quota_over_all_their_connections()
    {
        var caller = Unique();
        using var first = await GraphQLSocket.OpenAsync(app, caller);
        using var second = await GraphQLSocket.OpenAsync(app, caller);
        using var someoneElse = await GraphQLSocket.OpenAsync(app, Unique());
        for (var i = 0; i < SubscriptionApp.MaxPerConnection; i++)
        {
            await first.SubscribeAsync(app, $"a{i}", Subscription);
        }

        for (var i = SubscriptionApp.MaxPerConnection; i < SubscriptionApp.MaxPerCaller; i++)
        {
            await second.SubscribeAsync(app, $"b{i}", Subscription);
        }

        await second.SendAsync(new { id = "over", type = "subscribe", payload = new { query = Subscription } });
        var refused = await second.ReceiveAsync();
        await someoneElse.SubscribeAsync(app, "fine", Subscription);

        Assert.Equal(SubscriptionExecution.LimitErrorCode, refused!["payload"]![0]!["extensions"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_subscription_document_meets_the_same_budgets_as_a_query()
    {
        using var socket = await GraphQLSocket.OpenAsync(app, Unique());
        var deep = "subscription { pairingChanged { pairing { participants { mentor { pairings { nodes { participants { mentor { pairings { nodes { participants { mentor { pairings { nodes { id } } } } } } } } } } } } } } }";

        await socket.SendAsync(new { id = "deep", type = "subscribe", payload = new { query = deep } });
        var refused = await socket.ReceiveAsync();

        Assert.Equal("error", refused!["type"]!.GetValue<string>());
        Assert.Equal("MAX_DEPTH_EXCEEDED", refused["payload"]![0]!["extensions"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_connection_closes_with_4403_when_the_token_expires()
    {
        using var socket = await GraphQLSocket.ConnectAsync(app);
        await socket.SendAsync(new { type = "connection_init", payload = new { Authorization = "Bearer " + app.CreateToken(Unique(), TimeSpan.FromSeconds(2)) } });
        Assert.Equal("connection_ack", (await socket.ReceiveAsync())!["type"]!.GetValue<string>());
        await socket.SubscribeAsync(app, "s", Subscription);

        Assert.Null(await socket.ReceiveAsync());
        Assert.Equal(4403, (int)socket.Socket.CloseStatus!.Value);
        Assert.Equal("Forbidden: the token expired", socket.Socket.CloseStatusDescription);
    }

    [Fact]
    public async Task A_subscriber_that_falls_behind_is_disconnected_with_a_reason_instead_of_queueing_without_bound()
    {
        using var socket = await GraphQLSocket.OpenAsync(app, Unique());
        await socket.SubscribeAsync(app, "s", Subscription);
        var channel = app.Services.GetRequiredService<IOptions<SubscriptionOptions>>().Value.Channel;

        // A burst far beyond the queue, arriving at once: events about pairings that do not exist still cost a read each.
        await using (var connection = new NpgsqlConnection(app.ConnectionString))
        {
            await connection.OpenAsync();
            await using var burst = new NpgsqlCommand(
                "SELECT pg_notify(@channel, '[{\"t\":\"pairing\",\"id\":' || (100000000 + g) || ',\"k\":\"PROPOSED\"}]') FROM generate_series(1, 500) AS g", connection);
            burst.Parameters.AddWithValue("channel", channel);
            await burst.ExecuteNonQueryAsync();
        }

        Assert.Null(await socket.ReceiveAsync());
        Assert.Equal(1013, (int)socket.Socket.CloseStatus!.Value);
        Assert.Contains("behind", socket.Socket.CloseStatusDescription, StringComparison.Ordinal);
    }

    private static Caller Unique() => new($"coordinator-{Guid.NewGuid():N}", [Role.Coordinator]);

    private int Live(GraphQLSocket socket) => socket.Socket.State == WebSocketState.Open ? app.Services.GetRequiredService<EventHub>().Count : 0;

    private static async Task WaitForAsync(Func<bool> condition)
    {
        using var patience = new CancellationTokenSource(GraphQLSocket.Patience);
        while (!condition())
        {
            await Task.Delay(10, patience.Token);
        }
    }
}
