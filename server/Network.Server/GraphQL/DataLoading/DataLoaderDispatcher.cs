using Network.Server.Observability;

namespace Network.Server.GraphQL.DataLoading;

/// <summary>
/// One per request. When the first batched value is awaited, every data loader with keys waiting is
/// dispatched at once, so that batches for different relations (skills, employers…) run side by side
/// instead of one after another. Each batch uses a database context of its own.
/// </summary>
public sealed class DataLoaderDispatcher(NetworkMetrics metrics)
{
    private readonly List<Func<CancellationToken, Task>> _pending = [];
    private readonly Lock _gate = new();

    internal NetworkMetrics Metrics => metrics;

    internal void Enqueue(Func<CancellationToken, Task> dispatch)
    {
        lock (_gate)
        {
            _pending.Add(dispatch);
        }
    }

    internal void DispatchAll(CancellationToken cancellationToken)
    {
        Func<CancellationToken, Task>[] batches;
        lock (_gate)
        {
            batches = [.. _pending];
            _pending.Clear();
        }

        foreach (var batch in batches)
        {
            _ = batch(cancellationToken);
        }
    }
}
