using System.Diagnostics;
using GraphQL.DataLoader;
using Network.Server.Observability;

namespace Network.Server.GraphQL.DataLoading;

/// <summary>
/// Collects the keys requested while one level of a GraphQL result is resolved, then fetches them all
/// with one call to <see cref="FetchAsync"/> when the first value is awaited. One instance per request,
/// so results are cached for the request and never shared between callers.
/// </summary>
public abstract class BatchDataLoader<TKey, TValue>(DataLoaderDispatcher dispatcher)
    where TKey : notnull
{
    private readonly Dictionary<TKey, Task<TValue>> _cache = [];
    private readonly Lock _gate = new();
    private Batch? _pending;

    public IDataLoaderResult<TValue> LoadAsync(TKey key)
    {
        lock (_gate)
        {
            if (_cache.TryGetValue(key, out var cached))
            {
                return new Result(this, dispatcher, null, cached);
            }

            if (_pending is null)
            {
                var batch = _pending = new Batch();
                dispatcher.Enqueue(cancellationToken => DispatchAsync(batch, cancellationToken));
            }

            var source = new TaskCompletionSource<TValue>(TaskCreationOptions.RunContinuationsAsynchronously);
            _pending.Requests[key] = source;
            _cache[key] = source.Task;
            return new Result(this, dispatcher, _pending, source.Task);
        }
    }

    /// <summary>The values of <paramref name="keys"/> in their order, fetched in the same batch as single loads.</summary>
    public IDataLoaderResult<IReadOnlyList<TValue>> LoadManyAsync(IEnumerable<TKey> keys) => new Many([.. keys.Select(LoadAsync)]);

    /// <summary>Fetches the values of <paramref name="keys"/>; a key missing from the result gets the default value.</summary>
    protected abstract Task<IReadOnlyDictionary<TKey, TValue>> FetchAsync(IReadOnlyList<TKey> keys, CancellationToken cancellationToken);

    protected virtual TValue Missing(TKey key) => default!;

    private async Task DispatchAsync(Batch batch, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (batch.Dispatched)
            {
                return;
            }

            batch.Dispatched = true;
            if (ReferenceEquals(_pending, batch))
            {
                _pending = null;
            }
        }

        var loader = GetType().Name;
        dispatcher.Metrics.RecordBatch(loader, batch.Requests.Count);
        using var activity = NetworkTracing.StartBatch(loader, batch.Requests.Count);
        try
        {
            var values = await FetchAsync([.. batch.Requests.Keys], cancellationToken);
            foreach (var (key, source) in batch.Requests)
            {
                source.TrySetResult(values.TryGetValue(key, out var value) ? value : Missing(key));
            }
        }
        catch (Exception exception)
        {
            activity?.SetStatus(ActivityStatusCode.Error, exception.GetType().Name);
            foreach (var source in batch.Requests.Values)
            {
                source.TrySetException(exception);
            }

            lock (_gate)
            {
                foreach (var key in batch.Requests.Keys)
                {
                    _cache.Remove(key);
                }
            }
        }
    }

    private sealed class Batch
    {
        public Dictionary<TKey, TaskCompletionSource<TValue>> Requests { get; } = [];

        public bool Dispatched { get; set; }
    }

    private sealed class Many(List<IDataLoaderResult<TValue>> results) : IDataLoaderResult<IReadOnlyList<TValue>>
    {
        public async Task<IReadOnlyList<TValue>> GetResultAsync(CancellationToken cancellationToken = default)
        {
            var values = new List<TValue>(results.Count);
            foreach (var result in results)
            {
                values.Add(await result.GetResultAsync(cancellationToken));
            }

            return values;
        }

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) =>
            await GetResultAsync(cancellationToken);
    }

    private sealed class Result(BatchDataLoader<TKey, TValue> loader, DataLoaderDispatcher dispatcher, Batch? batch, Task<TValue> value) : IDataLoaderResult<TValue>
    {
        public async Task<TValue> GetResultAsync(CancellationToken cancellationToken = default)
        {
            if (batch is not null)
            {
                dispatcher.DispatchAll(cancellationToken);
                await loader.DispatchAsync(batch, cancellationToken);
            }

            return await value;
        }

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) =>
            await GetResultAsync(cancellationToken);
    }
}
