using System.Text.Json;

namespace Network.Client;

/// <summary>
/// Where subscriptions will run, over WebSockets with the graphql-transport-ws protocol
/// (<c>connection_init</c>/<c>connection_ack</c>, then <c>subscribe</c>, <c>next</c>, <c>error</c> and
/// <c>complete</c> per operation, <c>ping</c>/<c>pong</c> to keep the socket alive). The server has no
/// subscriptions yet: the generator refuses subscription operations, and nothing implements this.
/// </summary>
public interface ISubscriptionExecutor
{
    /// <summary>Each <c>next</c> message as a result, until the server completes the operation or the token cancels it.</summary>
    IAsyncEnumerable<IOperationResult<T>> SubscribeAsync<T>(
        OperationDocument document, Action<Utf8JsonWriter>? writeVariables, Func<JsonElement, T> parseData, CancellationToken cancellationToken)
        where T : class;
}
