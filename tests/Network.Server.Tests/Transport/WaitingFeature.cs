using System.Collections.Concurrent;
using GraphQL;
using GraphQL.Types;
using Network.Server.Hosting;

namespace Network.Server.Tests.Transport;

/// <summary>A root field that runs until its request is cancelled, to test cancelling and overlapping operations.</summary>
public sealed class WaitingFeature : IFeatureModule
{
    private readonly ConcurrentDictionary<string, TaskCompletionSource> _signals = new(StringComparer.Ordinal);

    /// <summary>Completes when the operation that waits with <paramref name="tag"/> has started waiting.</summary>
    public Task Started(string tag) => Signal("started " + tag).Task;

    /// <summary>Completes when the operation that waited with <paramref name="tag"/> has been cancelled.</summary>
    public Task Cancelled(string tag) => Signal("cancelled " + tag).Task;

    public void Register(FeatureBuilder feature) => feature.Query(query =>
        query.Field<NonNullGraphType<BooleanGraphType>>("waitUntilCancelled")
            .Argument<NonNullGraphType<StringGraphType>>("tag")
            .ResolveAsync(async c =>
            {
                Signal("started " + c.GetArgument<string>("tag")).TrySetResult();
                try
                {
                    await Task.Delay(Timeout.Infinite, c.CancellationToken);
                }
                catch (OperationCanceledException)
                {
                    Signal("cancelled " + c.GetArgument<string>("tag")).TrySetResult();
                    throw;
                }

                return true;
            }));

    private TaskCompletionSource Signal(string tag) => _signals.GetOrAdd(tag, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
}
