using System.ComponentModel;
using System.Runtime.CompilerServices;
using System.Text.Json;

namespace Network.Client;

/// <summary>
/// What a generated client's operations run on: the HTTP and WebSocket executors, the client's <see cref="EntityStore"/>
/// and its execution strategies. Queries and mutations are stored when they succeed, and so are subscription events.
/// </summary>
public sealed class ClientRuntime(IOperationExecutor executor, ISubscriptionExecutor subscriptionExecutor, EntityStore store, ClientOptions options)
{
    public IOperationExecutor Executor { get; } = executor;

    public ISubscriptionExecutor SubscriptionExecutor { get; } = subscriptionExecutor;

    public EntityStore Store { get; } = store;

    public ClientOptions Options { get; } = options;

    /// <summary>Runs a query or mutation; a query with <see cref="ExecutionStrategy.CacheFirst"/> is answered from the store when it can be.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public async Task<IOperationResult<T>> ExecuteAsync<T>(
        OperationDocument document, SelectionPlan plan, Action<Utf8JsonWriter>? writeVariables, Func<JsonElement, T> parseData, CancellationToken cancellationToken)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(document);
        var variables = OperationVariables.From(writeVariables);
        if (document.Kind == OperationKind.Query && Options.StrategyFor(document.Name) == ExecutionStrategy.CacheFirst
            && ReadStore(plan, variables, parseData, new HashSet<string>(StringComparer.Ordinal)) is { } cached)
        {
            return cached;
        }

        return await FetchAsync(document, plan, variables, parseData, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>A query's result as it changes: see <see cref="StoreWatcher{T}"/>.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public IObservable<IOperationResult<T>> Watch<T>(
        OperationDocument document, SelectionPlan plan, Action<Utf8JsonWriter>? writeVariables, Func<JsonElement, T> parseData, ExecutionStrategy? strategy)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(document);
        if (document.Kind != OperationKind.Query)
        {
            throw new InvalidOperationException($"{document.Name} is a {document.Kind.ToString().ToLowerInvariant()}; only queries can be watched.");
        }

        var variables = OperationVariables.From(writeVariables);
        return new StoreWatcher<T>(
            this, plan, variables, parseData, strategy ?? Options.StrategyFor(document.Name),
            cancellationToken => FetchAsync(document, plan, variables, parseData, cancellationToken));
    }

    /// <summary>A subscription's events, each stored as it arrives so that watched results showing its entities change.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public async IAsyncEnumerable<IOperationResult<T>> SubscribeAsync<T>(
        OperationDocument document, SelectionPlan plan, Action<Utf8JsonWriter>? writeVariables, Func<JsonElement, T> parseData, [EnumeratorCancellation] CancellationToken cancellationToken)
        where T : class
    {
        var variables = OperationVariables.From(writeVariables);
        var generation = Store.Generation;
        await foreach (var result in SubscriptionExecutor.SubscribeAsync(document, variables.Write, Capture(parseData), cancellationToken).ConfigureAwait(false))
        {
            yield return Stored(result, plan, variables, isQuery: false, generation);
        }
    }

    /// <summary>The query's data from the store alone, as a result; null when the store does not hold all of it.</summary>
    internal OperationResult<T>? ReadStore<T>(SelectionPlan plan, OperationVariables variables, Func<JsonElement, T> parseData, ISet<string> dependencies)
        where T : class
    {
        if (Store.Read(plan, variables, dependencies) is not { } data)
        {
            return null;
        }

        try
        {
            return new OperationResult<T>(parseData(JsonSerializer.SerializeToElement(data)), [], null);
        }
        catch (Exception e) when (e is InvalidOperationException or KeyNotFoundException or FormatException or ArgumentException)
        {
            // What the store holds cannot be read as this result: the server is asked instead.
            return null;
        }
    }

    private async Task<IOperationResult<T>> FetchAsync<T>(
        OperationDocument document, SelectionPlan plan, OperationVariables variables, Func<JsonElement, T> parseData, CancellationToken cancellationToken)
        where T : class
    {
        var generation = Store.Generation;
        var result = await Executor.ExecuteAsync(document, variables.Write, Capture(parseData), cancellationToken).ConfigureAwait(false);
        return Stored(result, plan, variables, document.Kind == OperationKind.Query, generation);
    }

    private OperationResult<T> Stored<T>(IOperationResult<Captured<T>> result, SelectionPlan plan, OperationVariables variables, bool isQuery, long generation)
        where T : class
    {
        if (result.Data is { } captured && result.Errors.Count == 0)
        {
            Store.Write(plan, captured.Json, variables, isQuery, generation);
        }

        return new OperationResult<T>(result.Data?.Value, result.Errors, result.StatusCode);
    }

    private static Func<JsonElement, Captured<T>> Capture<T>(Func<JsonElement, T> parseData) => json => new Captured<T>(parseData(json), json.Clone());

    /// <summary>A result as read, with the JSON it was read from, to store once the errors are known.</summary>
    private sealed record Captured<T>(T Value, JsonElement Json);
}
