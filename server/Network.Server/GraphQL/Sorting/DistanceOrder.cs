namespace Network.Server.GraphQL.Sorting;

public static class DistanceOrder
{
    /// <summary>
    /// The direction of <paramref name="order"/> when it is <c>distanceKm</c> and nothing else, which
    /// lists page by keyset; null for any other order.
    /// </summary>
    public static SortDirection? Alone(IEnumerable<IDictionary<string, object?>>? order) =>
        order?.SelectMany(item => item).ToList() is [{ Key: SortDefinition<object>.DistanceField, Value: SortDirection direction }] ? direction : null;
}
