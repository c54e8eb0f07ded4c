using System.Threading.Channels;
using Network.Client;
using Network.Server.Tests.Infrastructure;

namespace Network.Server.Tests.ClientSdk;

/// <summary>An observer of a watched query that a test awaits result by result.</summary>
public sealed class WatchedResults<T> : IObserver<IOperationResult<T>>
    where T : class
{
    private readonly Channel<IOperationResult<T>> _results = Channel.CreateUnbounded<IOperationResult<T>>();

    private int _count;

    /// <summary>How many results came.</summary>
    public int Count => Volatile.Read(ref _count);

    /// <summary>The next result, failing the test when none comes in time.</summary>
    public async Task<T> NextAsync()
    {
        using var patience = new CancellationTokenSource(GraphQLSocket.Patience);
        var result = await _results.Reader.ReadAsync(patience.Token);
        return result.EnsureNoErrors();
    }

    /// <summary>Whether another result came within a short wait: none should, when nothing it shows changed.</summary>
    public async Task<bool> AnotherWithinAsync(TimeSpan wait)
    {
        using var patience = new CancellationTokenSource(wait);
        try
        {
            return await _results.Reader.WaitToReadAsync(patience.Token);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    public void OnNext(IOperationResult<T> value)
    {
        Interlocked.Increment(ref _count);
        _results.Writer.TryWrite(value);
    }

    public void OnError(Exception error) => _results.Writer.TryComplete(error);

    public void OnCompleted() => _results.Writer.TryComplete();
}
