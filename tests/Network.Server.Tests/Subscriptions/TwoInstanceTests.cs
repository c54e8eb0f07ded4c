using Microsoft.Extensions.DependencyInjection;
using Network.Server.GraphQL.Subscriptions;
using Network.Server.Tests.Infrastructure;
using Network.Server.Tests.Pairings;

namespace Network.Server.Tests.Subscriptions;

/// <summary>Two server instances on one database: a change made through either reaches subscribers of both, through PostgreSQL's NOTIFY.</summary>
public sealed class TwoInstanceTests(NetworkApp first) : IClassFixture<NetworkApp>
{
    private const string Subscription = "subscription($p: ID) { pairingChanged(pairingId: $p) { change { type } pairing { id status } } }";

    [Fact]
    public async Task A_change_made_on_one_instance_reaches_subscribers_on_the_other_and_on_itself()
    {
        await using var second = new NetworkApp { SharesDatabaseOf = first };
        await ((Xunit.IAsyncLifetime)second).InitializeAsync();
        await ListeningAsync(first);
        await ListeningAsync(second);
        var kit = new PairingKit(first);
        var (mentor, partner) = await kit.PairAsync();
        var pairingId = await kit.ProposedAsync(mentor, partner);
        using var onFirst = await GraphQLSocket.OpenAsync(first, TestCallers.Mentor(mentor.Id));
        using var onSecond = await GraphQLSocket.OpenAsync(second, TestCallers.Mentor(mentor.Id));
        await onFirst.SubscribeAsync(first, "a", Subscription, new { p = pairingId });
        await onSecond.SubscribeAsync(second, "b", Subscription, new { p = pairingId });

        // The partner accepts through the second instance only.
        await new PairingKit(second).AcceptAsync(TestCallers.Mentor(partner.Id), pairingId);
        var heardOnFirst = await onFirst.ReceiveAsync();
        var heardOnSecond = await onSecond.ReceiveAsync();

        foreach (var heard in new[] { heardOnFirst, heardOnSecond })
        {
            var changed = heard!["payload"]!["data"]!["pairingChanged"]!;
            Assert.Equal(("ACCEPTED_BY_MENTOR", pairingId), (changed["change"]!["type"]!.GetValue<string>(), changed["pairing"]!["id"]!.GetValue<string>()));
        }
    }

    /// <summary>Each instance hears events only once its listener listens.</summary>
    private static Task ListeningAsync(NetworkApp app) =>
        app.Services.GetServices<Microsoft.Extensions.Hosting.IHostedService>().OfType<EventListener>().Single().Listening.WaitAsync(GraphQLSocket.Patience);
}
