namespace Network.Server.GraphQL.DataLoading;

/// <summary>A batch loader for one-to-many relations: each key yields a list, empty when nothing matches.</summary>
public abstract class GroupedDataLoader<TKey, TValue>(DataLoaderDispatcher dispatcher) : BatchDataLoader<TKey, IReadOnlyList<TValue>>(dispatcher)
    where TKey : notnull
{
    protected sealed override async Task<IReadOnlyDictionary<TKey, IReadOnlyList<TValue>>> FetchAsync(
        IReadOnlyList<TKey> keys, CancellationToken cancellationToken)
    {
        var items = await FetchGroupsAsync(keys, cancellationToken);
        return items.ToDictionary(g => g.Key, g => (IReadOnlyList<TValue>)[.. g]);
    }

    protected abstract Task<IEnumerable<IGrouping<TKey, TValue>>> FetchGroupsAsync(IReadOnlyList<TKey> keys, CancellationToken cancellationToken);

    protected sealed override IReadOnlyList<TValue> Missing(TKey key) => [];
}
