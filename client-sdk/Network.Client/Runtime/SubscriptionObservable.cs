namespace Network.Client;

/// <summary>A subscription as an <see cref="IObservable{T}"/>: each observer runs its own subscription, which disposing it completes.</summary>
public sealed class SubscriptionObservable<T>(Func<CancellationToken, IAsyncEnumerable<T>> subscribe) : IObservable<T>
{
    public IDisposable Subscribe(IObserver<T> observer)
    {
        ArgumentNullException.ThrowIfNull(observer);
        var cancellation = new CancellationTokenSource();
        _ = RunAsync(observer, cancellation.Token);
        return new Unsubscriber(cancellation);
    }

    private async Task RunAsync(IObserver<T> observer, CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var item in subscribe(cancellationToken).ConfigureAwait(false))
            {
                observer.OnNext(item);
            }
        }
#pragma warning disable CA1031 // Whatever ends the subscription goes to the observer.
        catch (Exception e)
#pragma warning restore CA1031
        {
            observer.OnError(e);
            return;
        }

        observer.OnCompleted();
    }

    private sealed class Unsubscriber(CancellationTokenSource cancellation) : IDisposable
    {
        private CancellationTokenSource? _cancellation = cancellation;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _cancellation, null) is { } source)
            {
                source.Cancel();
                source.Dispose();
            }
        }
    }
}
