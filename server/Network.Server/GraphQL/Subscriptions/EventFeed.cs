using GraphQL;

namespace Network.Server.GraphQL.Subscriptions;

/// <summary>
/// What a subscription field's stream resolver returns: the field's filter over the hub's events, not yet
/// subscribed. The transport subscribes once the operation is accepted and runs the operation once per event
/// (<see cref="SubscriptionExecution"/>), so each event is read in a service scope of its own.
/// </summary>
public sealed class EventFeed(EventHub hub, Func<NetworkEvent, bool> filter) : IObservable<object?>, IObservable<ExecutionResult>
{
    /// <summary>Starts taking the events the field's arguments ask for.</summary>
    public IEventSubscription Subscribe() => hub.Subscribe(filter);

    IDisposable IObservable<object?>.Subscribe(IObserver<object?> observer) =>
        throw new NotSupportedException("An event stream is read by the subscription transports, one operation per event.");

    IDisposable IObservable<ExecutionResult>.Subscribe(IObserver<ExecutionResult> observer) =>
        throw new NotSupportedException("An event stream is read by the subscription transports, one operation per event.");
}
