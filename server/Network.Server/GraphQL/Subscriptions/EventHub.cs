using System.Collections.Concurrent;
using System.Threading.Channels;
using Microsoft.Extensions.Options;

namespace Network.Server.GraphQL.Subscriptions;

/// <summary>
/// Hands each event this instance hears to the subscriptions whose filters take it. Every subscription has a bounded
/// queue: one that falls <see cref="SubscriptionOptions.MaxQueued"/> events behind is ended with
/// <see cref="SlowSubscriberException"/> instead of holding ever more events for it.
/// </summary>
public sealed class EventHub(IOptions<SubscriptionOptions> options)
{
    private readonly ConcurrentDictionary<Subscription, bool> _subscriptions = new();

    /// <summary>The live subscriptions on this instance.</summary>
    public int Count => _subscriptions.Count;

    /// <summary>Starts taking the events <paramref name="filter"/> accepts, in the order this instance hears them.</summary>
    public IEventSubscription Subscribe(Func<NetworkEvent, bool> filter)
    {
        var subscription = new Subscription(this, filter, options.Value.MaxQueued);
        _subscriptions.TryAdd(subscription, true);
        return subscription;
    }

    /// <summary>Delivers an event to every subscription that takes it; never waits for a subscriber.</summary>
    public void Dispatch(NetworkEvent networkEvent)
    {
        foreach (var subscription in _subscriptions.Keys)
        {
            subscription.Offer(networkEvent);
        }
    }

    private sealed class Subscription(EventHub hub, Func<NetworkEvent, bool> filter, int capacity) : IEventSubscription
    {
        private readonly Channel<NetworkEvent> _queue = Channel.CreateBounded<NetworkEvent>(
            new BoundedChannelOptions(capacity) { SingleReader = true, SingleWriter = false, FullMode = BoundedChannelFullMode.Wait });

        public ChannelReader<NetworkEvent> Events => _queue.Reader;

        public void Offer(NetworkEvent networkEvent)
        {
            bool wanted;
            try
            {
                wanted = filter(networkEvent);
            }
            catch (Exception exception) when (exception is FormatException or OverflowException)
            {
                wanted = false;
            }

            if (wanted && !_queue.Writer.TryWrite(networkEvent))
            {
                _queue.Writer.TryComplete(new SlowSubscriberException(capacity));
                hub._subscriptions.TryRemove(this, out _);
            }
        }

        public void Dispose()
        {
            hub._subscriptions.TryRemove(this, out _);
            _queue.Writer.TryComplete();
        }
    }
}

/// <summary>A live subscription to the hub's events.</summary>
public interface IEventSubscription : IDisposable
{
    ChannelReader<NetworkEvent> Events { get; }
}

/// <summary>A subscriber fell too far behind and was dropped.</summary>
public sealed class SlowSubscriberException(int capacity)
    : Exception($"The subscriber fell {capacity:#,0} events behind and was disconnected.");
