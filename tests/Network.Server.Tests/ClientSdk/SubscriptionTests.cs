using System.Net.WebSockets;
using Microsoft.Extensions.DependencyInjection;
using Network.Client;
using Network.Server.GraphQL.Subscriptions;
using Network.Server.Tests.Infrastructure;
using Network.Server.Tests.Pairings;

namespace Network.Server.Tests.ClientSdk;

/// <summary>
/// The SDK's <c>PairingChanged</c> subscription through its generated client, over a real WebSocket to the real server:
/// typed events, <c>complete</c> on cancellation, reconnection with a fresh token when the server closes for an
/// expired one, and a refusal as an error result.
/// </summary>
public sealed class SubscriptionTests(NetworkApp app) : IClassFixture<NetworkApp>
{
    private static readonly TimeSpan Patience = GraphQLSocket.Patience;

    private readonly PairingKit _kit = new(app);

    private EventHub Hub => app.Services.GetRequiredService<EventHub>();

    [Fact]
    public async Task A_mentor_receives_the_typed_event_of_a_pairing_proposed_over_HTTP()
    {
        var (first, second) = await _kit.PairAsync();
        var caller = TestCallers.Mentor(first.Id);
        await using var services = SdkClients.Services(SdkClients.ServerAddress(app), () => app.CreateToken(caller));
        using var cancellation = new CancellationTokenSource(Patience);
        var before = Hub.Count;

        await using var events = services.GetRequiredService<NetworkClient>().PairingChanged
            .SubscribeAsync(mentorId: PairingKit.Id(first), cancellationToken: cancellation.Token).GetAsyncEnumerator();
        var next = events.MoveNextAsync().AsTask();
        await CountAsync(before + 1);
        var proposed = (await SdkClients.Create(app, caller).ProposePairing.ExecuteAsync(
            new ProposePairingInput { MentorId = PairingKit.Id(first), PartnerId = PairingKit.Id(second) })).EnsureNoErrors().ProposePairing.Pairing!;

        Assert.True(await next);
        var changed = events.Current.EnsureNoErrors().PairingChanged!;
        Assert.Equal(PairingEventType.Proposed, changed.Change.Type);
        Assert.Null(changed.Change.FromStatus);
        Assert.Equal(PairingStatus.Proposed, changed.Change.ToStatus);
        Assert.Equal(proposed.Id, changed.Pairing.Id);
        Assert.Equal(PairingStatus.Proposed, changed.Pairing.Status);
        Assert.Equal(
            [PairingKit.Id(first), PairingKit.Id(second)],
            changed.Pairing.Participants.Select(p => p.Mentor.Id).Order(StringComparer.Ordinal).ToList());
    }

    [Fact]
    public async Task Cancelling_one_subscription_sends_complete_and_the_other_on_the_same_socket_keeps_receiving()
    {
        var (first, second) = await _kit.PairAsync();
        var caller = TestCallers.Mentor(first.Id);
        await using var services = SdkClients.Services(SdkClients.ServerAddress(app), () => app.CreateToken(caller));
        var client = services.GetRequiredService<NetworkClient>();
        using var cancelled = new CancellationTokenSource();
        using var kept = new CancellationTokenSource(Patience);
        var before = Hub.Count;

        await using var ending = client.PairingChanged.SubscribeAsync(mentorId: PairingKit.Id(first), cancellationToken: cancelled.Token).GetAsyncEnumerator();
        await using var staying = client.PairingChanged.SubscribeAsync(mentorId: PairingKit.Id(first), cancellationToken: kept.Token).GetAsyncEnumerator();
        var endingNext = ending.MoveNextAsync().AsTask();
        var stayingNext = staying.MoveNextAsync().AsTask();
        await CountAsync(before + 2);

        await cancelled.CancelAsync();

        Assert.False(await endingNext.WaitAsync(Patience));
        await CountAsync(before + 1);
        var pairingId = await _kit.ProposedAsync(first, second);
        Assert.True(await stayingNext.WaitAsync(Patience));
        Assert.Equal(pairingId, staying.Current.EnsureNoErrors().PairingChanged!.Pairing.Id);
    }

    [Fact]
    public async Task When_the_server_closes_for_an_expired_token_the_client_reconnects_with_a_fresh_one_and_keeps_receiving()
    {
        var (first, second) = await _kit.PairAsync();
        var caller = TestCallers.Mentor(first.Id);
        var issued = 0;

        // The first token lasts two seconds, after which the server closes the socket with 4403; the next ones an hour.
        string Token() => app.CreateToken(caller, Interlocked.Increment(ref issued) == 1 ? TimeSpan.FromSeconds(2) : TimeSpan.FromHours(1));
        await using var services = SdkClients.Services(SdkClients.ServerAddress(app), Token);
        using var cancellation = new CancellationTokenSource(Patience * 2);
        var before = Hub.Count;

        await using var events = services.GetRequiredService<NetworkClient>().PairingChanged
            .SubscribeAsync(mentorId: PairingKit.Id(first), cancellationToken: cancellation.Token).GetAsyncEnumerator();
        var next = events.MoveNextAsync().AsTask();
        await CountAsync(before + 1);
        Assert.Equal(1, Volatile.Read(ref issued));

        // The fresh token was asked for on reconnecting, and the operation is subscribed again on the new socket.
        using (var patience = new CancellationTokenSource(Patience))
        {
            while (Volatile.Read(ref issued) < 2)
            {
                await Task.Delay(20, patience.Token);
            }
        }

        await CountAsync(before + 1);
        var pairingId = await _kit.ProposedAsync(first, second);

        Assert.True(await next.WaitAsync(Patience));
        Assert.Equal(pairingId, events.Current.EnsureNoErrors().PairingChanged!.Pairing.Id);
        Assert.Equal(2, Volatile.Read(ref issued));
    }

    [Fact]
    public async Task An_anonymous_callers_subscription_is_refused_with_an_error_result_that_ends_it()
    {
        await using var services = SdkClients.Services(SdkClients.ServerAddress(app), () => null);
        using var cancellation = new CancellationTokenSource(Patience);

        var results = new List<IOperationResult<PairingChangedResult>>();
        await foreach (var result in services.GetRequiredService<NetworkClient>().PairingChanged.SubscribeAsync(cancellationToken: cancellation.Token))
        {
            results.Add(result);
        }

        var refused = Assert.Single(results);
        Assert.Null(refused.Data);
        var error = Assert.Single(refused.Errors);
        Assert.Equal((ClientErrorKind.GraphQL, "AUTH_NOT_AUTHORIZED"), (error.Kind, error.Code));
        Assert.False(cancellation.IsCancellationRequested, "The error ended the subscription, not the test's patience.");
        Assert.Throws<GraphQLClientException>(() => refused.EnsureNoErrors());
    }

    [Fact]
    public async Task As_an_observable_a_refused_subscription_is_one_error_result_then_completion()
    {
        await using var services = SdkClients.Services(SdkClients.ServerAddress(app), () => null);
        var observer = new Observer();

        using (services.GetRequiredService<NetworkClient>().PairingChanged.Observe().Subscribe(observer))
        {
            await observer.Completed.Task.WaitAsync(Patience);
        }

        var refused = Assert.Single(observer.Results);
        Assert.Equal("AUTH_NOT_AUTHORIZED", Assert.Single(refused.Errors).Code);
    }

    [Fact]
    public async Task A_server_out_of_reach_ends_the_subscription_with_a_transport_error_once_the_attempts_are_spent()
    {
        await using var services = SdkClients.Services(
            new Uri("http://127.0.0.1:9/graphql"), () => null, subscriptions: o => (o.ReconnectDelay, o.MaxReconnectAttempts) = (TimeSpan.FromMilliseconds(10), 2));
        using var cancellation = new CancellationTokenSource(Patience);

        var results = new List<IOperationResult<PairingChangedResult>>();
        await foreach (var result in services.GetRequiredService<NetworkClient>().PairingChanged.SubscribeAsync(cancellationToken: cancellation.Token))
        {
            results.Add(result);
        }

        var error = Assert.Single(Assert.Single(results).Errors);
        Assert.Equal(ClientErrorKind.Transport, error.Kind);
        Assert.IsType<WebSocketException>(error.Exception);
        Assert.False(cancellation.IsCancellationRequested, "The attempts ran out before the test's patience.");
    }

    /// <summary>Waits until the server holds <paramref name="count"/> live subscriptions.</summary>
    private Task CountAsync(int count) => GraphQLSocket.LiveSubscriptionsAsync(app, live => live == count);

    private sealed class Observer : IObserver<IOperationResult<PairingChangedResult>>
    {
        public List<IOperationResult<PairingChangedResult>> Results { get; } = [];

        public TaskCompletionSource Completed { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public void OnNext(IOperationResult<PairingChangedResult> value) => Results.Add(value);

        public void OnError(Exception error) => Completed.TrySetException(error);

        public void OnCompleted() => Completed.TrySetResult();
    }
}
