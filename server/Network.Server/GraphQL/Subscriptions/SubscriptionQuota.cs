using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace Network.Server.GraphQL.Subscriptions;

/// <summary>
/// Counts live subscriptions per caller on this instance (<see cref="SubscriptionOptions.MaxPerCaller"/>); each connection
/// counts its own against <see cref="SubscriptionOptions.MaxPerConnection"/> through a <see cref="ConnectionQuota"/>.
/// </summary>
public sealed class SubscriptionQuota(IOptions<SubscriptionOptions> options)
{
    private readonly ConcurrentDictionary<string, int> _perCaller = new(StringComparer.Ordinal);

    /// <summary>The quota of one connection (or one event-stream request) of <paramref name="caller"/>.</summary>
    public ConnectionQuota ForConnection(string caller) => new(this, caller, options.Value);

    internal bool TryTake(string caller, int max)
    {
        while (true)
        {
            var live = _perCaller.GetValueOrDefault(caller);
            if (live >= max)
            {
                return false;
            }

            if (live == 0 ? _perCaller.TryAdd(caller, 1) : _perCaller.TryUpdate(caller, live + 1, live))
            {
                return true;
            }
        }
    }

    internal void Give(string caller)
    {
        while (true)
        {
            var live = _perCaller.GetValueOrDefault(caller);
            if (live <= 1 ? _perCaller.TryRemove(new KeyValuePair<string, int>(caller, live)) : _perCaller.TryUpdate(caller, live - 1, live))
            {
                return;
            }
        }
    }
}

/// <summary>One connection's live subscriptions, within its caller's.</summary>
public sealed class ConnectionQuota
{
    private readonly SubscriptionQuota _quota;
    private readonly SubscriptionOptions _options;
    private int _live;

    internal ConnectionQuota(SubscriptionQuota quota, string caller, SubscriptionOptions options) => (_quota, Caller, _options) = (quota, caller, options);

    public string Caller { get; }

    /// <summary>Takes a place for one more subscription, or says why there is none.</summary>
    public string? TryTake()
    {
        if (Interlocked.Increment(ref _live) > _options.MaxPerConnection)
        {
            Interlocked.Decrement(ref _live);
            return $"A connection may hold at most {_options.MaxPerConnection} live subscriptions; complete one first.";
        }

        if (!_quota.TryTake(Caller, _options.MaxPerCaller))
        {
            Interlocked.Decrement(ref _live);
            return $"A caller may hold at most {_options.MaxPerCaller} live subscriptions over all their connections; complete one first.";
        }

        return null;
    }

    public void Give()
    {
        Interlocked.Decrement(ref _live);
        _quota.Give(Caller);
    }
}
