using System.Text.Json;

namespace Network.Client;

/// <summary>
/// Runs generated subscription operations (<c>client.PairingChanged.SubscribeAsync(…)</c>). The client registered with
/// <c>services.Add…Client()</c> uses <see cref="WebSocketSubscriptionExecutor"/>: one WebSocket per client, speaking
/// graphql-transport-ws (<c>connection_init</c> with the same <c>Authorization</c> as HTTP requests,
/// <c>connection_ack</c>, then <c>subscribe</c>, <c>next</c>, <c>error</c> and <c>complete</c> per operation,
/// <c>ping</c>/<c>pong</c>), reconnecting when the socket drops. Events published while it reconnects are not
/// replayed.
/// </summary>
public interface ISubscriptionExecutor
{
    /// <summary>
    /// Each <c>next</c> message as a result, until the server completes the operation, refuses it (a last result with
    /// its errors) or the token cancels it (which tells the server, and ends the enumeration without an exception).
    /// </summary>
    IAsyncEnumerable<IOperationResult<T>> SubscribeAsync<T>(
        OperationDocument document, Action<Utf8JsonWriter>? writeVariables, Func<JsonElement, T> parseData, CancellationToken cancellationToken)
        where T : class;
}
