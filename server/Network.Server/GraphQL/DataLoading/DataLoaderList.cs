using GraphQL.DataLoader;

namespace Network.Server.GraphQL.DataLoading;

/// <summary>
/// A list whose items come from data loaders: every item is queued before any is awaited, so that the
/// whole list, and every list at the same level of the query, loads in one batch per loader. Items
/// that resolve to null are left out.
/// </summary>
public sealed class DataLoaderList<T>(IReadOnlyList<IDataLoaderResult<T?>> items) : IDataLoaderResult<IReadOnlyList<T>>
    where T : class
{
    public async Task<IReadOnlyList<T>> GetResultAsync(CancellationToken cancellationToken = default)
    {
        var results = new List<T>(items.Count);
        foreach (var item in items)
        {
            if (await item.GetResultAsync(cancellationToken) is { } value)
            {
                results.Add(value);
            }
        }

        return results;
    }

    async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await GetResultAsync(cancellationToken);
}
