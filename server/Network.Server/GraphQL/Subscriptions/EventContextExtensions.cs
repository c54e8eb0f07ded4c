using GraphQL;
using GraphQL.DataLoader;
using Network.Server.GraphQL.Relay;

namespace Network.Server.GraphQL.Subscriptions;

public static class EventContextExtensions
{
    /// <summary>For a subscription field's stream resolver: the hub's events that <paramref name="filter"/> takes, the field's arguments applied at the source.</summary>
    public static EventFeed Events(this IResolveFieldContext context, Func<NetworkEvent, bool> filter) =>
        new(context.RequestServices!.GetRequiredService<EventHub>(), filter);

    /// <summary>For a subscription field's resolver: the event this run of the operation answers.</summary>
    public static NetworkEvent Event(this IResolveFieldContext context) =>
        context.Source as NetworkEvent ?? throw new InvalidOperationException("A subscription field resolves only for an event.");

    /// <summary>
    /// For a subscription field's resolver: the node the event names, read exactly as <c>node(id:)</c> reads it for the
    /// subscriber, with the same rights (null when they may not see it, and the event is then not sent to them).
    /// </summary>
    public static async Task<T?> EventNodeAsync<T>(this IResolveFieldContext context, string typeName)
        where T : class
    {
        var value = context.RequestServices!.GetServices<INodeResolver>().Single(r => r.TypeName == typeName).Resolve(context, checked((int)context.Event().Id));
        while (value is IDataLoaderResult pending)
        {
            value = await pending.GetResultAsync(context.CancellationToken);
        }

        return value as T;
    }
}
