using System.Net.WebSockets;
using System.Security.Claims;
using Network.Server.GraphQL.Subscriptions;

namespace Network.Server.GraphQL.Transport.WebSockets;

/// <summary>
/// One <c>graphql-transport-ws</c> connection: the handshake, ping and pong, and operations run by
/// <see cref="SubscriptionExecution"/> (queries and mutations as over HTTP, with the same executor, document cache,
/// budgets, persisted operations and caller; subscriptions once per event), side by side, each sent as <c>next</c>
/// messages and ended with <c>complete</c>, or refused with <c>error</c>. Broken rules close with the protocol's codes
/// (4400, 4401, 4403, 4408, 4409, 4429); the connection also closes with 4403 when the caller's token expires, and with
/// 1013 when a subscriber falls too far behind.
/// </summary>
public sealed class GraphQLWebSocketConnection(WebSocket socket, ClaimsPrincipal user, string callerAddress, GraphQLWebSocketServices services)
    : GraphQLWebSocketSession(socket, user, callerAddress, services)
{
    protected override bool CompletesStoppedOperations => false;

    protected override async Task HandleAsync(OperationMessage? message, string problem, CancellationToken aborted)
    {
        switch (message)
        {
            case null:
                await CloseAsync(WebSocketCloseCodes.BadRequest, problem);
                break;
            case { Type: MessageTypes.ConnectionInit }:
                await InitialiseAsync(message.Payload, $$"""{"type":"{{MessageTypes.ConnectionAck}}"}""", aborted);
                break;
            case { Type: MessageTypes.Ping }:
                await SendAsync($$"""{"type":"{{MessageTypes.Pong}}"}""");
                break;
            case { Type: MessageTypes.Pong }:
                break;
            case { Type: MessageTypes.Subscribe or MessageTypes.Complete } when !Acknowledged:
                await CloseAsync(WebSocketCloseCodes.Unauthorized, WebSocketCloseCodes.UnauthorizedReason);
                break;
            case { Type: MessageTypes.Subscribe or MessageTypes.Complete, Id: null or "" }:
                await CloseAsync(WebSocketCloseCodes.BadRequest, $"Invalid message received: '{message.Type}' needs an 'id'");
                break;
            case { Type: MessageTypes.Subscribe, Payload: null }:
                await CloseAsync(WebSocketCloseCodes.BadRequest, "Invalid message received: 'subscribe' needs a 'payload'");
                break;
            case { Type: MessageTypes.Subscribe }:
                await StartAsync(message.Id!, message.Payload.Value);
                break;
            case { Type: MessageTypes.Complete }:
                await StopAsync(message.Id!);
                break;
            default:
                await CloseAsync(WebSocketCloseCodes.BadRequest, $"Invalid message received: unknown type '{message.Type}'");
                break;
        }
    }

    protected override Task FailAsync(ConnectionFault fault, string reason) => fault switch
    {
        ConnectionFault.Forbidden => CloseAsync(WebSocketCloseCodes.Forbidden, reason),
        ConnectionFault.InitialisationTimeout => CloseAsync(WebSocketCloseCodes.ConnectionInitialisationTimeout, reason),
        ConnectionFault.TooManyInitialisationRequests => CloseAsync(WebSocketCloseCodes.TooManyInitialisationRequests, reason),
        _ => CloseAsync(WebSocketCloseCodes.BadRequest, reason),
    };

    protected override string ResultMessage(string id, string result) => $$"""{"id":{{Quote(id)}},"type":"{{MessageTypes.Next}}","payload":{{result}}}""";

    protected override string ErrorMessage(string id, string errors) => $$"""{"id":{{Quote(id)}},"type":"{{MessageTypes.Error}}","payload":{{errors}}}""";

    protected override string CompleteMessage(string id) => $$"""{"id":{{Quote(id)}},"type":"{{MessageTypes.Complete}}"}""";

    protected override Task DuplicateIdAsync(string id) =>
        CloseAsync(WebSocketCloseCodes.SubscriberAlreadyExists, WebSocketCloseCodes.SubscriberAlreadyExistsReason(id));
}
