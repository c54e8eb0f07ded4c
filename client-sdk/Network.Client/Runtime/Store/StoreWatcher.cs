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

    private sealed class Watch(StoreWatcher<T> owner, IObserver<IOperationResult<T>> observer) : IStoreWatcher, IDisposable
    {
        private readonly Lock _lock = new();
        private readonly CancellationTokenSource _cancellation = new();
        private HashSet<string> _dependencies = new(StringComparer.Ordinal);
        private JsonObject? _shown;
        private bool _disposed;

        private EntityStore Store => owner.Runtime.Store;

        public void Start()
        {
            Store.Watch(this);
            if (owner.Strategy != ExecutionStrategy.NetworkOnly && Refresh() && owner.Strategy == ExecutionStrategy.CacheFirst)
            {
                return;
            }

            _ = FetchAsync();
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
            lock (_lock)
            {
                if (_disposed)
                {
                    return;
                }

                _disposed = true;
            }

            Store.Unwatch(this);
            _cancellation.Cancel();
            _cancellation.Dispose();
        }

        private async Task FetchAsync()
        {
            IOperationResult<T> result;
            try
            {
                result = await owner.Fetch(_cancellation.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
            catch (ObjectDisposedException)
            {
                return;
            }

            // A stored answer is shown as the store has it, so that it and later changes look alike; one with errors as it came.
            if (result.Errors.Count > 0 || !Refresh())
            {
                lock (_lock)
                {
                    if (!_disposed)
                    {
                        observer.OnNext(result);
                    }
                }
            }
        }

        /// <summary>Reads the query from the store and shows it if it changed; false when the store does not hold all of it.</summary>
        private bool Refresh()
        {
            lock (_lock)
            {
                if (_disposed)
                {
                    return true;
                }

                var dependencies = new HashSet<string>(StringComparer.Ordinal);
                var data = Store.Read(owner.Plan, owner.Variables, dependencies);
                if (data is null)
                {
                    return false;
                }

                _dependencies = dependencies;
                if (_shown is not null && JsonNode.DeepEquals(_shown, data))
                {
                    return true;
                }

                _shown = data;
                observer.OnNext(Parse(data));
                return true;
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
