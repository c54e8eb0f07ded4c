using Microsoft.Extensions.DependencyInjection;
using Network.Client;
using Network.Server.GraphQL.Subscriptions;
using Network.Server.Mentors;
using Network.Server.Tests.Infrastructure;
using Network.Server.Tests.Pairings;

namespace Network.Server.Tests.ClientSdk;

/// <summary>
/// The SDK's normalised store against the real server: results are kept once per entity, watched queries follow later
/// queries, mutations and subscription events, the execution strategies decide where a result comes from, and
/// clearing the store forgets everything.
/// </summary>
public sealed class EntityStoreTests(NetworkApp app) : IClassFixture<NetworkApp>
{
    private readonly PairingKit _kit = new(app);

    [Fact]
    public async Task One_entity_changed_by_a_subscription_event_is_stored_once_and_both_watchers_see_it()
    {
        var (first, second) = await _kit.PairAsync();
        var pairingId = await _kit.ProposedAsync(first, second, TestCallers.Mentor(first.Id));
        await using var services = Services(first);
        var client = services.GetRequiredService<NetworkClient>();

        var list = new WatchedResults<MyPairingsResult>();
        var single = new WatchedResults<PairingByIdResult>();
        using var listWatch = client.MyPairings.Watch().Subscribe(list);
        using var singleWatch = client.PairingById.Watch(pairingId).Subscribe(single);
        Assert.Equal(PairingStatus.Proposed, (await list.NextAsync()).Me.Mentor!.Pairings.Single().Status);
        Assert.Equal(PairingStatus.Proposed, Pairing(await single.NextAsync()).Status);

        var writes = new List<IReadOnlyCollection<string>>();
        client.Store.Changed += (_, e) =>
        {
            lock (writes)
            {
                writes.Add(e.Keys);
            }
        };
        using var stop = new CancellationTokenSource(GraphQLSocket.Patience);
        var before = app.Services.GetRequiredService<EventHub>().Count;
        var events = client.PairingChanged.SubscribeAsync(pairingId: pairingId, cancellationToken: stop.Token).GetAsyncEnumerator(stop.Token);
        var firstEvent = events.MoveNextAsync().AsTask();
        await GraphQLSocket.LiveSubscriptionsAsync(app, live => live == before + 1);

        Assert.Null((await _kit.AcceptAsync(TestCallers.Mentor(second.Id), pairingId))["errors"]);

        Assert.True(await firstEvent);
        Assert.Equal(PairingStatus.Accepted, (await list.NextAsync()).Me.Mentor!.Pairings.Single().Status);
        Assert.Equal(PairingStatus.Accepted, Pairing(await single.NextAsync()).Status);
        Assert.Single(writes, keys => keys.Contains($"Pairing:{pairingId}"));
        Assert.Equal("ACCEPTED", client.Store.GetEntity("Pairing", pairingId)!["status"]!.GetValue<string>());
        Assert.False(await list.AnotherWithinAsync(TimeSpan.FromMilliseconds(300)));
        Assert.Equal(2, list.Count);
        Assert.Equal(2, single.Count);
        await stop.CancelAsync();
        await events.DisposeAsync();
    }

    [Fact]
    public async Task A_mutations_answer_updates_a_watched_query_showing_the_same_entity()
    {
        var (first, second) = await _kit.PairAsync();
        var pairingId = await _kit.ProposedAsync(first, second, TestCallers.Mentor(first.Id));
        await using var services = Services(second);
        var client = services.GetRequiredService<NetworkClient>();
        var single = new WatchedResults<PairingByIdResult>();
        using var watch = client.PairingById.Watch(pairingId).Subscribe(single);
        Assert.Null(Pairing(await single.NextAsync()).AcceptedAt);

        var accepted = (await client.AcceptPairing.ExecuteAsync(new AcceptPairingInput { PairingId = pairingId })).EnsureNoErrors().AcceptPairing.Pairing!;

        var shown = Pairing(await single.NextAsync());
        Assert.Equal(PairingStatus.Accepted, shown.Status);
        Assert.Equal(accepted.AcceptedAt, shown.AcceptedAt);
    }

    [Fact]
    public async Task Cache_first_answers_from_the_store_and_network_only_asks_the_server()
    {
        var (first, second) = await _kit.PairAsync();
        var pairingId = await _kit.ProposedAsync(first, second, TestCallers.Mentor(first.Id));
        await using var services = Services(first, b => b.UseExecutionStrategy(ExecutionStrategy.CacheFirst, "PairingById"));
        var client = services.GetRequiredService<NetworkClient>();
        Assert.Equal(PairingStatus.Proposed, Pairing((await client.PairingById.ExecuteAsync(pairingId)).EnsureNoErrors()).Status);

        // Accepted on the server by the partner, out of this client's sight.
        Assert.Null((await _kit.AcceptAsync(TestCallers.Mentor(second.Id), pairingId))["errors"]);

        var cached = await client.PairingById.ExecuteAsync(pairingId);
        Assert.Null(cached.StatusCode);
        Assert.Equal(PairingStatus.Proposed, Pairing(cached.EnsureNoErrors()).Status);
        var watched = new WatchedResults<PairingByIdResult>();
        using (client.PairingById.Watch(pairingId, ExecutionStrategy.NetworkOnly).Subscribe(watched))
        {
            Assert.Equal(PairingStatus.Accepted, Pairing(await watched.NextAsync()).Status);
        }

        Assert.Equal(PairingStatus.Accepted, Pairing((await client.PairingById.ExecuteAsync(pairingId)).EnsureNoErrors()).Status);
    }

    [Fact]
    public async Task Cache_and_network_shows_the_stored_result_then_the_servers()
    {
        var (first, second) = await _kit.PairAsync();
        var pairingId = await _kit.ProposedAsync(first, second, TestCallers.Mentor(first.Id));
        await using var services = Services(first);
        var client = services.GetRequiredService<NetworkClient>();
        (await client.PairingById.ExecuteAsync(pairingId)).EnsureNoErrors();
        Assert.Null((await _kit.AcceptAsync(TestCallers.Mentor(second.Id), pairingId))["errors"]);

        var watched = new WatchedResults<PairingByIdResult>();
        using var watch = client.PairingById.Watch(pairingId, ExecutionStrategy.CacheAndNetwork).Subscribe(watched);

        Assert.Equal(PairingStatus.Proposed, Pairing(await watched.NextAsync()).Status);
        Assert.Equal(PairingStatus.Accepted, Pairing(await watched.NextAsync()).Status);
    }

    [Fact]
    public async Task Fields_with_other_arguments_are_kept_apart_and_clearing_the_store_forgets_everything()
    {
        await using var services = Services(null, b => b.UseExecutionStrategy(ExecutionStrategy.CacheFirst));
        var client = services.GetRequiredService<NetworkClient>();
        var two = (await client.Skills.ExecuteAsync(first: 2)).EnsureNoErrors().Skills!.Nodes!;
        var three = await client.Skills.ExecuteAsync(first: 3);

        Assert.Equal(200, three.StatusCode);
        Assert.Equal(3, three.EnsureNoErrors().Skills!.Nodes!.Count);
        Assert.Equal(two.Select(s => (s.Id, s.Name)), (await client.Skills.ExecuteAsync(first: 2)).EnsureNoErrors().Skills!.Nodes!.Select(s => (s.Id, s.Name)));
        Assert.Null((await client.Skills.ExecuteAsync(first: 2)).StatusCode);
        Assert.True(client.Store.EntityCount >= 3);

        client.Store.Clear();

        Assert.Equal(0, client.Store.EntityCount);
        Assert.Null(client.Store.GetEntity("Skill", two[0].Id));
        Assert.Equal(200, (await client.Skills.ExecuteAsync(first: 2)).StatusCode);
    }

    [Fact]
    public async Task An_observer_may_dispose_its_watch_in_OnNext_and_one_that_throws_stops_no_other()
    {
        var (first, second) = await _kit.PairAsync();
        var pairingId = await _kit.ProposedAsync(first, second, TestCallers.Mentor(first.Id));
        await using var services = Services(second);
        var client = services.GetRequiredService<NetworkClient>();
        var selfDisposing = new SelfDisposing();
        selfDisposing.Watch = client.PairingById.Watch(pairingId).Subscribe(selfDisposing);
        var thrower = new Throwing();
        using var throwing = client.PairingById.Watch(pairingId).Subscribe(thrower);
        var watched = new WatchedResults<PairingByIdResult>();
        using var watch = client.PairingById.Watch(pairingId).Subscribe(watched);
        Assert.Equal(PairingStatus.Proposed, Pairing(await watched.NextAsync()).Status);

        // Every watch has its first answer, so that none arriving late stores the pairing as it was before the change.
        Assert.True(SpinWait.SpinUntil(() => selfDisposing.Count == 1 && thrower.Count == 1, GraphQLSocket.Patience));

        (await client.AcceptPairing.ExecuteAsync(new AcceptPairingInput { PairingId = pairingId })).EnsureNoErrors();

        Assert.Equal(PairingStatus.Accepted, Pairing(await watched.NextAsync()).Status);
        Assert.Equal(1, selfDisposing.Count);
    }

    private static PairingById_Node_Pairing Pairing(PairingByIdResult result) => Assert.IsType<PairingById_Node_Pairing>(result.Node);

    private ServiceProvider Services(Mentor? mentor, Action<ClientBuilder<NetworkClient>>? configure = null)
    {
        var token = mentor is null ? null : app.CreateToken(TestCallers.Mentor(mentor.Id));
        return SdkClients.Services(SdkClients.ServerAddress(app), () => token, configure: configure);
    }

    private sealed class SelfDisposing : IObserver<IOperationResult<PairingByIdResult>>
    {
        private int _count;

        public IDisposable? Watch { get; set; }

        public int Count => Volatile.Read(ref _count);

        public void OnNext(IOperationResult<PairingByIdResult> value)
        {
            Interlocked.Increment(ref _count);
            SpinWait.SpinUntil(() => Watch is not null, TimeSpan.FromSeconds(5));
            Watch!.Dispose();
        }

        public void OnError(Exception error) => throw error;

        public void OnCompleted()
        {
        }
    }

    private sealed class Throwing : IObserver<IOperationResult<PairingByIdResult>>
    {
        private int _count;

        public int Count => Volatile.Read(ref _count);

        public void OnNext(IOperationResult<PairingByIdResult> value)
        {
            Interlocked.Increment(ref _count);
            throw new InvalidOperationException("An observer's own failure.");
        }

        public void OnError(Exception error)
        {
        }

        public void OnCompleted()
        {
        }
    }
}
