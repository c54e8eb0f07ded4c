using Microsoft.EntityFrameworkCore;
using Network.Server.Data;

namespace Network.Server.GraphQL.DataLoading;

/// <summary>Loads the children of many parents with one compiled query per batch, grouped by parent key in query order.</summary>
public abstract class EntitiesByParentIdDataLoader<T>(
    IDbContextFactory<NetworkDbContext> factory,
    DataLoaderDispatcher dispatcher,
    Func<NetworkDbContext, int[], IAsyncEnumerable<T>> query,
    Func<T, int> parentKey) : GroupedDataLoader<int, T>(dispatcher)
{
    protected sealed override async Task<IEnumerable<IGrouping<int, T>>> FetchGroupsAsync(IReadOnlyList<int> keys, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var items = new List<T>();
        await foreach (var item in query(db, [.. keys]).WithCancellation(cancellationToken))
        {
            items.Add(item);
        }

        return items.GroupBy(parentKey);
    }
}
