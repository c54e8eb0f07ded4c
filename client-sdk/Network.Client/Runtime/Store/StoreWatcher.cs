using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Network.Client;

/// <summary>
/// A watched query: each observer gets the result when it is first known, then again whenever a write to the store
/// changes what it shows (a later query, a mutation, a subscription event), until it disposes its subscription. Where
/// the first result comes from is the <see cref="ExecutionStrategy"/>; a result with errors is passed on as it came.
/// </summary>
internal sealed class StoreWatcher<T>(
    ClientRuntime runtime, SelectionPlan plan, OperationVariables variables, Func<JsonElement, T> parseData, ExecutionStrategy strategy,
    Func<CancellationToken, Task<IOperationResult<T>>> fetch) : IObservable<IOperationResult<T>>
    where T : class
{
    private ClientRuntime Runtime { get; } = runtime;

    private SelectionPlan Plan { get; } = plan;

    private OperationVariables Variables { get; } = variables;

    private Func<JsonElement, T> ParseData { get; } = parseData;

    private ExecutionStrategy Strategy { get; } = strategy;

    private Func<CancellationToken, Task<IOperationResult<T>>> Fetch { get; } = fetch;

    public IDisposable Subscribe(IObserver<IOperationResult<T>> observer)
    {
        ArgumentNullException.ThrowIfNull(observer);
        var watch = new Watch(this, observer);
        watch.Start();
        return watch;
    }

    /// <remarks>
    /// Results are read under the watch's lock and delivered outside it, one at a time and in order, so that an observer
    /// may dispose its subscription, or run another operation, from <c>OnNext</c>.
    /// </remarks>
    private sealed class Watch(StoreWatcher<T> owner, IObserver<IOperationResult<T>> observer) : IStoreWatcher, IDisposable
    {
        private readonly Lock _lock = new();
        private readonly CancellationTokenSource _cancellation = new();
        private readonly ConcurrentQueue<IOperationResult<T>> _pending = new();
        private HashSet<string> _dependencies = new(StringComparer.Ordinal);
        private JsonObject? _shown;
        private bool _refetched;
        private int _disposed;
        private int _delivering;
        private int _fetching;

        private EntityStore Store => owner.Runtime.Store;

        private bool Disposed => Volatile.Read(ref _disposed) != 0;

        public void Start()
        {
            Store.Watch(this);
            try
            {
                if (owner.Strategy != ExecutionStrategy.NetworkOnly && Refresh() && owner.Strategy == ExecutionStrategy.CacheFirst)
                {
                    return;
                }

                Fetch();
            }
            catch
            {
                Dispose();
                throw;
            }
        }

        public void StoreChanged(IReadOnlySet<string> changed)
        {
            bool affected;
            lock (_lock)
            {
                affected = _dependencies.Overlaps(changed);
            }

            if (affected)
            {
                Refresh();
            }
        }

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) != 0)
            {
                return;
            }

            Store.Unwatch(this);
            _cancellation.Cancel();
            _cancellation.Dispose();
        }

        private void Fetch()
        {
            if (Interlocked.Exchange(ref _fetching, 1) == 0)
            {
                _ = FetchAsync();
            }
        }

        private async Task FetchAsync()
        {
            IOperationResult<T> result;
            try
            {
                result = await owner.Fetch(_cancellation.Token).ConfigureAwait(false);
            }
            catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException)
            {
                return;
            }
#pragma warning disable CA1031 // Whatever ends the watch goes to the observer, which would otherwise wait for ever.
            catch (Exception e)
#pragma warning restore CA1031
            {
                if (!Disposed)
                {
                    observer.OnError(e);
                }

                Dispose();
                return;
            }
            finally
            {
                Volatile.Write(ref _fetching, 0);
            }

            // A stored answer is shown as the store has it, so that it and later changes look alike; one with errors as it came.
            if (result.Errors.Count > 0 || !Refresh())
            {
                _pending.Enqueue(result);
                Deliver();
            }
        }

        /// <summary>
        /// Reads the query from the store and shows it if it changed; false when the store does not hold all of it. A
        /// result shown before that the store no longer holds whole (another operation replaced part of it) is asked of
        /// the server again, once until the store holds it whole again.
        /// </summary>
        private bool Refresh()
        {
            bool complete;
            var refetch = false;
            lock (_lock)
            {
                if (Disposed)
                {
                    return true;
                }

                var dependencies = new HashSet<string>(StringComparer.Ordinal);
                var data = Store.Read(owner.Plan, owner.Variables, dependencies);
                _dependencies = dependencies;
                complete = data is not null;
                if (data is null)
                {
                    refetch = _shown is not null && !_refetched;
                    _refetched |= refetch;
                }
                else
                {
                    _refetched = false;
                    if (_shown is null || !JsonNode.DeepEquals(_shown, data))
                    {
                        _shown = data;
                        _pending.Enqueue(Parse(data));
                    }
                }
            }

            if (refetch)
            {
                Fetch();
            }

            Deliver();
            return complete;
        }

        /// <summary>Hands the results waiting to the observer, on one thread at a time and never under the lock.</summary>
        private void Deliver()
        {
            while (!_pending.IsEmpty && Interlocked.CompareExchange(ref _delivering, 1, 0) == 0)
            {
                try
                {
                    while (_pending.TryDequeue(out var result))
                    {
                        if (!Disposed)
                        {
                            observer.OnNext(result);
                        }
                    }
                }
                finally
                {
                    Volatile.Write(ref _delivering, 0);
                }
            }
        }

        private OperationResult<T> Parse(JsonObject data)
        {
            try
            {
                return new OperationResult<T>(owner.ParseData(JsonSerializer.SerializeToElement(data)), [], null);
            }
            catch (Exception e) when (e is InvalidOperationException or KeyNotFoundException or FormatException or ArgumentException)
            {
                return new OperationResult<T>(null, [new ClientError($"The stored data could not be read: {e.Message}", ClientErrorKind.Transport, exception: e)], null);
            }
        }
    }
}
