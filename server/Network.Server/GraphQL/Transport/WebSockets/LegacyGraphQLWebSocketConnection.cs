using System.Net.WebSockets;
using System.Security.Claims;
using Network.Server.GraphQL.Subscriptions;

namespace Network.Server.GraphQL.Transport.WebSockets;

/// <summary>The message types of the legacy <c>graphql-ws</c> subprotocol (Apollo's subscriptions-transport-ws).</summary>
public static class LegacyMessageTypes
{
    public const string ConnectionInit = "connection_init";
    public const string ConnectionAck = "connection_ack";
    public const string ConnectionError = "connection_error";
    public const string KeepAlive = "ka";
    public const string ConnectionTerminate = "connection_terminate";
    public const string Start = "start";
    public const string Data = "data";
    public const string Error = "error";
    public const string Complete = "complete";
    public const string Stop = "stop";
}

/// <summary>
/// One connection speaking the legacy <c>graphql-ws</c> subprotocol: <c>connection_init</c> is answered with
/// <c>connection_ack</c> and a <c>ka</c>, then a <c>ka</c> every <see cref="GraphQLWebSocketOptions.KeepAliveInterval"/>;
/// each <c>start</c> runs through <see cref="SubscriptionExecution"/> as over <c>graphql-transport-ws</c>, its results sent
/// as <c>data</c>, a refusal as <c>error</c> (with the GraphQL errors as payload), and its end as <c>complete</c> (also
/// after the client's <c>stop</c>). A message that is not JSON is answered with <c>connection_error</c>; a <c>start</c> or
/// <c>stop</c> before the ack, an <c>Authorization</c> in the init payload that does not validate, a second
/// <c>connection_init</c> or none in time with <c>connection_error</c> and a close with 1011, as the protocol's reference
/// server closes. The protocol has no code for a duplicate id: a <c>start</c> whose id is running is answered with
/// <c>error</c> for it. An expired token closes with 4403 and a subscriber that fell behind with 1013, as over
/// <c>graphql-transport-ws</c>; <c>connection_terminate</c> closes with 1000.
/// </summary>
public sealed class LegacyGraphQLWebSocketConnection(WebSocket socket, ClaimsPrincipal user, string callerAddress, GraphQLWebSocketServices services)
    : GraphQLWebSocketSession(socket, user, callerAddress, services)
{
    public const string DuplicateIdCode = "OPERATION_ID_IN_USE";

    protected override bool CompletesStoppedOperations => true;

    protected override async Task HandleAsync(OperationMessage? message, string problem, CancellationToken aborted)
    {
        switch (message)
        {
            case null:
                await SendConnectionErrorAsync(problem);
                break;
            case { Type: LegacyMessageTypes.ConnectionInit }:
                await InitialiseAsync(message.Payload, $$"""{"type":"{{LegacyMessageTypes.ConnectionAck}}"}""", aborted);
                break;
            case { Type: LegacyMessageTypes.ConnectionTerminate }:
                await CloseAsync((int)WebSocketCloseStatus.NormalClosure, string.Empty);
                break;
            case { Type: LegacyMessageTypes.Start or LegacyMessageTypes.Stop } when !Acknowledged:
                await FailAsync(ConnectionFault.BadRequest, $"'{message.Type}' before the connection was acknowledged: send 'connection_init' first");
                break;
            case { Type: LegacyMessageTypes.Start or LegacyMessageTypes.Stop, Id: null or "" }:
                await SendConnectionErrorAsync($"Invalid message received: '{message.Type}' needs an 'id'");
                break;
            case { Type: LegacyMessageTypes.Start, Payload: null }:
                await SendAsync(ErrorMessage(message.Id!, Errors("INVALID_REQUEST", "Invalid message received: 'start' needs a 'payload'")));
                break;
            case { Type: LegacyMessageTypes.Start }:
                await StartAsync(message.Id!, message.Payload.Value);
                break;
            case { Type: LegacyMessageTypes.Stop }:
                await StopAsync(message.Id!);
                break;
            default:
                await SendAsync(ErrorMessage(message.Id ?? string.Empty, Errors("INVALID_REQUEST", $"Invalid message received: unknown type '{message.Type}'")));
                break;
        }
    }

    /// <summary>Every broken rule is answered as the reference server answers it: <c>connection_error</c>, then a close with 1011.</summary>
    protected override async Task FailAsync(ConnectionFault fault, string reason)
    {
        try
        {
            await SendConnectionErrorAsync(reason);
        }
        catch (Exception exception) when (exception is OperationCanceledException or WebSocketException)
        {
            // Closing already.
        }

        await CloseAsync(WebSocketCloseCodes.LegacyConnectionError, reason);
    }

    protected override string ResultMessage(string id, string result) => $$"""{"id":{{Quote(id)}},"type":"{{LegacyMessageTypes.Data}}","payload":{{result}}}""";

    protected override string ErrorMessage(string id, string errors) => $$"""{"id":{{Quote(id)}},"type":"{{LegacyMessageTypes.Error}}","payload":{{errors}}}""";

    protected override string CompleteMessage(string id) => $$"""{"id":{{Quote(id)}},"type":"{{LegacyMessageTypes.Complete}}"}""";

    /// <summary>The protocol has no close code for a duplicate id: the new operation alone is refused.</summary>
    protected override Task DuplicateIdAsync(string id) =>
        SendAsync(ErrorMessage(id, Errors(DuplicateIdCode, $"An operation with the id '{id}' is already running; stop it first or use another id.")));

    /// <summary>Sends <c>ka</c> at once and then every <see cref="GraphQLWebSocketOptions.KeepAliveInterval"/> until the connection closes.</summary>
    protected override async Task AcknowledgedAsync()
    {
        const string keepAlive = $$"""{"type":"{{LegacyMessageTypes.KeepAlive}}"}""";
        using var timer = new PeriodicTimer(Services.Options.KeepAliveInterval, Services.Clock);
        try
        {
            do
            {
                await SendAsync(keepAlive);
            }
            while (await timer.WaitForNextTickAsync(Closing));
        }
        catch (Exception exception) when (exception is OperationCanceledException or WebSocketException or ObjectDisposedException)
        {
            // The connection closed.
        }
    }

    private Task SendConnectionErrorAsync(string message) =>
        SendAsync($$$"""{"type":"{{{LegacyMessageTypes.ConnectionError}}}","payload":{"message":{{{Quote(message)}}}}}""");
}
