using GraphQL;

namespace Network.Server.GraphQL.Subscriptions;

public static class EventContextExtensions
{
    /// <summary>For a subscription field's stream resolver: the hub's events that <paramref name="filter"/> takes, the field's arguments applied at the source.</summary>
    public static EventFeed Events(this IResolveFieldContext context, Func<NetworkEvent, bool> filter) =>
        new(context.RequestServices!.GetRequiredService<EventHub>(), filter);

    /// <summary>For a subscription field's resolver: the event this run of the operation answers.</summary>
    public static NetworkEvent Event(this IResolveFieldContext context) =>
        context.Source as NetworkEvent ?? throw new InvalidOperationException("A subscription field resolves only for an event.");
}
