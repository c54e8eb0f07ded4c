using System.Diagnostics;
using GraphQL.DataLoader;
using Network.Server.Observability;

namespace Network.Server.GraphQL.DataLoading;

/// <summary>
/// Collects the keys requested while one level of a GraphQL result is resolved, then fetches them all
/// with one call to <see cref="FetchAsync"/> when the first value is awaited. One instance per request,
/// so results are cached for the request and never shared between callers. A batch completes once for
/// all its keys: each key costs a list entry, not a task of its own.
/// </summary>
public abstract class BatchDataLoader<TKey, TValue>(DataLoaderDispatcher dispatcher)
    where TKey : notnull
{
    private readonly Dictionary<TKey, Batch> _batchOf = [];
    private readonly Lock _gate = new();
    private Batch? _pending;

    private DataLoaderDispatcher Dispatcher => dispatcher;

    public IDataLoaderResult<TValue> LoadAsync(TKey key)
    {
        lock (_gate)
        {
            if (!_batchOf.TryGetValue(key, out var batch))
            {
                batch = _pending ??= Open();
                batch.Keys.Add(key);
                _batchOf[key] = batch;
            }

            return new Result(this, batch, key);
        }
    }

    /// <summary>The values of <paramref name="keys"/> in their order, fetched in the same batch as single loads.</summary>
    public IDataLoaderResult<IReadOnlyList<TValue>> LoadManyAsync(IEnumerable<TKey> keys) => new Many([.. keys.Select(LoadAsync)]);

    /// <summary>Fetches the values of <paramref name="keys"/>; a key missing from the result gets the default value.</summary>
    protected abstract Task<IReadOnlyDictionary<TKey, TValue>> FetchAsync(IReadOnlyList<TKey> keys, CancellationToken cancellationToken);

    protected virtual TValue Missing(TKey key) => default!;

    private Batch Open()
    {
        var batch = new Batch();
        dispatcher.Enqueue(cancellationToken => DispatchAsync(batch, cancellationToken));
        return batch;
    }

    private TValue ValueOf(IReadOnlyDictionary<TKey, TValue> values, TKey key) =>
        values.TryGetValue(key, out var value) ? value : Missing(key);

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
        dispatcher.Metrics.RecordBatch(loader, batch.Keys.Count);
        using var activity = NetworkTracing.StartBatch(loader, batch.Keys.Count);
        try
        {
            batch.Values.TrySetResult(await FetchAsync(batch.Keys, cancellationToken));
        }
        catch (Exception exception)
        {
            activity?.SetStatus(ActivityStatusCode.Error, exception.GetType().Name);
            lock (_gate)
            {
                // A later load of these keys tries again rather than repeating the failure.
                foreach (var key in batch.Keys)
                {
                    if (_batchOf.TryGetValue(key, out var owner) && ReferenceEquals(owner, batch))
                    {
                        _batchOf.Remove(key);
                    }
                }
            }

            batch.Values.TrySetException(exception);
        }
    }

    private sealed class Batch
    {
        public List<TKey> Keys { get; } = [];

        public TaskCompletionSource<IReadOnlyDictionary<TKey, TValue>> Values { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

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

    private sealed class Result(BatchDataLoader<TKey, TValue> loader, Batch batch, TKey key) : IDataLoaderResult<TValue>
    {
        public Task<TValue> GetResultAsync(CancellationToken cancellationToken = default) =>
            batch.Values.Task.IsCompletedSuccessfully
                ? Task.FromResult(loader.ValueOf(batch.Values.Task.Result, key))
                : AwaitAsync(cancellationToken);

        Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) =>
            batch.Values.Task.IsCompletedSuccessfully
                ? Task.FromResult<object?>(loader.ValueOf(batch.Values.Task.Result, key))
                : AwaitObjectAsync(cancellationToken);

        private async Task<TValue> AwaitAsync(CancellationToken cancellationToken)
        {
            if (!batch.Dispatched)
            {
                loader.Dispatcher.DispatchAll(cancellationToken);
                await loader.DispatchAsync(batch, cancellationToken);
            }

            return loader.ValueOf(await batch.Values.Task, key);
        }

        private async Task<object?> AwaitObjectAsync(CancellationToken cancellationToken) => await AwaitAsync(cancellationToken);
    }
}
