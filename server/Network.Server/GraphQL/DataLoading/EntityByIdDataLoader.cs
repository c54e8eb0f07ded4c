using Microsoft.EntityFrameworkCore;
using Network.Server.Data;

namespace Network.Server.GraphQL.DataLoading;

/// <summary>Loads entities by key with one compiled query per batch (<c>WHERE id = ANY(@keys)</c>).</summary>
public abstract class EntityByIdDataLoader<T>(
    IDbContextFactory<NetworkDbContext> factory,
    DataLoaderDispatcher dispatcher,
    Func<NetworkDbContext, int[], IAsyncEnumerable<T>> query,
    Func<T, int> key) : BatchDataLoader<int, T?>(dispatcher)
    where T : class
{
    protected sealed override async Task<IReadOnlyDictionary<int, T?>> FetchAsync(IReadOnlyList<int> keys, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var found = new Dictionary<int, T?>(keys.Count);
        await foreach (var item in query(db, [.. keys]).WithCancellation(cancellationToken))
        {
            found[key(item)] = item;
        }

        return found;
    }
}
