using GraphQL.DataLoader;

namespace Network.Server.GraphQL.DataLoading;

public static class DataLoaderResultExtensions
{
    /// <summary>Transforms a pending result once it arrives, keeping it pending so that batching is not lost.</summary>
    public static IDataLoaderResult<TResult> Then<T, TResult>(this IDataLoaderResult<T> pending, Func<T, TResult> transform) =>
        new Chained<T, TResult>(pending, transform);

    private sealed class Chained<T, TResult>(IDataLoaderResult<T> pending, Func<T, TResult> transform) : IDataLoaderResult<TResult>
    {
        public async Task<TResult> GetResultAsync(CancellationToken cancellationToken = default) =>
            transform(await pending.GetResultAsync(cancellationToken));

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) =>
            await GetResultAsync(cancellationToken);
    }
}
