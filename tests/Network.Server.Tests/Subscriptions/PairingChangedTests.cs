using System.Text.Json.Nodes;
using Network.Server.Tests.Infrastructure;
using Network.Server.Tests.Pairings;

namespace Network.Server.Tests.Subscriptions;

/// <summary><c>pairingChanged</c> over <c>graphql-transport-ws</c>: each change reaches exactly those who may see the pairing.</summary>
public sealed class PairingChangedTests(SubscriptionApp app) : IClassFixture<SubscriptionApp>
{
    private const string Subscription = "subscription($pairingId: ID) { pairingChanged(pairingId: $pairingId) { change { type toStatus mentor { id } } pairing { id status } } }";

    private readonly PairingKit _kit = new(app);

    [Fact]
    public async Task A_mentor_hears_their_pairing_proposed_and_accepted_as_it_happens()
    {
        var (first, second) = await _kit.PairAsync();
        using var socket = await GraphQLSocket.OpenAsync(app, TestCallers.Mentor(first.Id));
        await socket.SubscribeAsync(app, "p", Subscription);

        var pairingId = await _kit.ProposedAsync(first, second);
        var proposed = await NextAsync(socket, "p");
        await _kit.AcceptAsync(TestCallers.Mentor(second.Id), pairingId);
        var accepted = await NextAsync(socket, "p");

        Assert.Equal(("PROPOSED", "PROPOSED", pairingId), (proposed["change"]!["type"]!.GetValue<string>(), proposed["pairing"]!["status"]!.GetValue<string>(), proposed["pairing"]!["id"]!.GetValue<string>()));
        Assert.Equal("ACCEPTED_BY_MENTOR", accepted["change"]!["type"]!.GetValue<string>());
        Assert.Equal(PairingKit.Id(second), accepted["change"]!["mentor"]!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_mentor_never_hears_of_pairings_they_may_not_see_and_an_employer_admin_hears_of_their_mentors()
    {
        var (first, second) = await _kit.PairAsync();
        var (outsider, outsiderPartner) = await _kit.PairAsync();
        using var outsiderSocket = await GraphQLSocket.OpenAsync(app, TestCallers.Mentor(outsider.Id));
        using var employerSocket = await GraphQLSocket.OpenAsync(app, TestCallers.EmployerAdmin(second.EmployerId));
        await outsiderSocket.SubscribeAsync(app, "o", Subscription);
        await employerSocket.SubscribeAsync(app, "e", Subscription);

        var theirs = await _kit.ProposedAsync(first, second);
        var own = await _kit.ProposedAsync(outsider, outsiderPartner);

        // The outsider's first event is their own pairing's: the earlier one was never sent to them.
        Assert.Equal(own, (await NextAsync(outsiderSocket, "o"))["pairing"]!["id"]!.GetValue<string>());
        Assert.Equal(theirs, (await NextAsync(employerSocket, "e"))["pairing"]!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_pairing_argument_narrows_the_events_at_the_source()
    {
        var (first, second) = await _kit.PairAsync();
        var (third, fourth) = await _kit.PairAsync();
        var watched = await _kit.ProposedAsync(third, fourth);
        using var socket = await GraphQLSocket.OpenAsync(app, TestCallers.Coordinator);
        await socket.SubscribeAsync(app, "w", Subscription, new { pairingId = watched });

        await _kit.ProposedAsync(first, second);
        await _kit.AcceptAsync(TestCallers.Mentor(third.Id), watched);

        // Events reach the server through the database's notifications, so the watched pairing's own proposal may
        // still arrive after the subscription started. Every event must be the watched pairing's, up to its acceptance.
        var changes = new List<string>();
        while (changes.LastOrDefault() != "ACCEPTED_BY_MENTOR")
        {
            var next = await NextAsync(socket, "w");
            Assert.Equal(watched, next["pairing"]!["id"]!.GetValue<string>());
            changes.Add(next["change"]!["type"]!.GetValue<string>());
        }

        Assert.Subset(new HashSet<string> { "PROPOSED", "ACCEPTED_BY_MENTOR" }, changes.ToHashSet());
    }

    [Theory]
    [InlineData("anonymous")]
    [InlineData("partner")]
    [InlineData("organiser")]
    public async Task Callers_who_may_not_read_pairings_are_refused_with_an_error_message(string who)
    {
        var caller = who switch { "partner" => TestCallers.Partner, "organiser" => TestCallers.Organiser, _ => TestCallers.Anonymous };
        using var socket = await GraphQLSocket.OpenAsync(app, caller);

        await socket.SendAsync(new { id = "x", type = "subscribe", payload = new { query = Subscription } });
        var error = await socket.ReceiveAsync();

        Assert.Equal(("error", "x"), (error!["type"]!.GetValue<string>(), error["id"]!.GetValue<string>()));
        Assert.Equal("AUTH_NOT_AUTHORIZED", error["payload"]![0]!["extensions"]!["code"]!.GetValue<string>());
    }

    private static async Task<JsonNode> NextAsync(GraphQLSocket socket, string id)
    {
        var message = await socket.ReceiveAsync();
        Assert.Equal(("next", id), (message!["type"]!.GetValue<string>(), message["id"]!.GetValue<string>()));
        Assert.Null(message["payload"]!["errors"]);
        return message["payload"]!["data"]!["pairingChanged"]!;
    }
}
