using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Security.Claims;
using System.Text;
using System.Text.Json;
using GraphQL;
using Microsoft.Extensions.Options;
using Network.Server.GraphQL.Budgets;
using Network.Server.GraphQL.Subscriptions;

namespace Network.Server.GraphQL.Transport.WebSockets;

/// <summary>
/// One <c>graphql-transport-ws</c> connection: the handshake, ping and pong, and operations run by
/// <see cref="SubscriptionExecution"/> (queries and mutations as over HTTP, with the same executor, document cache,
/// budgets, persisted operations and caller; subscriptions once per event), side by side. The connection closes with
/// 4403 when the caller's token expires, and with 1013 when a subscriber falls too far behind.
/// </summary>
public sealed class GraphQLWebSocketConnection(
    WebSocket socket,
    ClaimsPrincipal user,
    string callerAddress,
    GraphQLWebSocketOptions options,
    IGraphQLTextSerializer serializer,
    GraphQLRequestReader reader,
    PayloadAuthentication authentication,
    SubscriptionExecution execution,
    SubscriptionQuota quotas,
    TimeProvider clock,
    IOptions<RequestBudgetOptions> budgets) : IDisposable
{
    /// <summary>How long the server waits for the client's reply to its close before it drops the socket.</summary>
    private static readonly TimeSpan CloseHandshakeTimeout = TimeSpan.FromSeconds(5);

    /// <summary>The token's subject, which counts a signed-in caller's subscriptions over all their connections.</summary>
    private const string SubjectClaim = "sub";

    private readonly SemaphoreSlim _sendGate = new(1, 1);
    private readonly ConcurrentDictionary<string, CancellationTokenSource> _operations = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<Task, bool> _running = new();
    private readonly CancellationTokenSource _closing = new();
    private ClaimsPrincipal _user = user;
    private ConnectionQuota? _quota;
    private int _initialised;
    private volatile bool _acknowledged;

    public async Task RunAsync(CancellationToken aborted)
    {
        using var connection = CancellationTokenSource.CreateLinkedTokenSource(aborted, _closing.Token);
        var initTimeout = CloseUnlessInitialisedAsync(connection.Token);
        try
        {
            await ReceiveAsync(aborted);
        }
        catch (Exception exception) when (exception is OperationCanceledException or WebSocketException)
        {
            // The client went away, or did not answer the server's close in time.
        }
        finally
        {
            // Cancels the init timeout and every operation still running.
            await _closing.CancelAsync();
            await Task.WhenAll([initTimeout, .. _running.Keys]);
        }
    }

    public void Dispose()
    {
        _closing.Dispose();
        _sendGate.Dispose();
    }

    private async Task ReceiveAsync(CancellationToken aborted)
    {
        using var receiving = CancellationTokenSource.CreateLinkedTokenSource(aborted);
        using var registration = _closing.Token.Register(() => receiving.CancelAfter(CloseHandshakeTimeout));
        var buffer = new byte[4096];
        using var message = new MemoryStream();
        while (socket.State == WebSocketState.Open || socket.State == WebSocketState.CloseSent)
        {
            var received = await socket.ReceiveAsync(buffer, receiving.Token);
            if (received.MessageType == WebSocketMessageType.Close)
            {
                if (socket.State == WebSocketState.CloseReceived)
                {
                    await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
                }

                return;
            }

            if (_closing.IsCancellationRequested)
            {
                continue;
            }

            message.Write(buffer, 0, received.Count);
            if (message.Length > budgets.Value.MaxRequestBytes)
            {
                await CloseAsync((int)WebSocketCloseStatus.MessageTooBig, $"A message may have at most {budgets.Value.MaxRequestBytes:#,0} bytes");
                continue;
            }

            if (!received.EndOfMessage)
            {
                continue;
            }

            if (received.MessageType != WebSocketMessageType.Text)
            {
                await CloseAsync(WebSocketCloseCodes.BadRequest, "Invalid message received: messages are text");
            }
            else
            {
                await HandleAsync(OperationMessage.Read(message.GetBuffer().AsMemory(0, (int)message.Length), out var problem), problem, aborted);
            }

            message.SetLength(0);
        }
    }

    private async Task HandleAsync(OperationMessage? message, string problem, CancellationToken aborted)
    {
        switch (message)
        {
            case null:
                await CloseAsync(WebSocketCloseCodes.BadRequest, problem);
                break;
            case { Type: MessageTypes.ConnectionInit }:
                await InitialiseAsync(message.Payload, aborted);
                break;
            case { Type: MessageTypes.Ping }:
                await SendAsync($$"""{"type":"{{MessageTypes.Pong}}"}""");
                break;
            case { Type: MessageTypes.Pong }:
                break;
            case { Type: MessageTypes.Subscribe or MessageTypes.Complete } when !_acknowledged:
                await CloseAsync(WebSocketCloseCodes.Unauthorized, WebSocketCloseCodes.UnauthorizedReason);
                break;
            case { Type: MessageTypes.Subscribe or MessageTypes.Complete, Id: null or "" }:
                await CloseAsync(WebSocketCloseCodes.BadRequest, $"Invalid message received: '{message.Type}' needs an 'id'");
                break;
            case { Type: MessageTypes.Subscribe, Payload: null }:
                await CloseAsync(WebSocketCloseCodes.BadRequest, "Invalid message received: 'subscribe' needs a 'payload'");
                break;
            case { Type: MessageTypes.Subscribe }:
                await SubscribeAsync(message.Id!, message.Payload.Value);
                break;
            case { Type: MessageTypes.Complete }:
                try
                {
                    if (_operations.TryGetValue(message.Id!, out var operation))
                    {
                        await operation.CancelAsync();
                    }
                }
                catch (ObjectDisposedException)
                {
                    // The operation finished meanwhile.
                }

                break;
            default:
                await CloseAsync(WebSocketCloseCodes.BadRequest, $"Invalid message received: unknown type '{message.Type}'");
                break;
        }
    }

    private async Task InitialiseAsync(JsonElement? payload, CancellationToken aborted)
    {
        if (Interlocked.Exchange(ref _initialised, 1) == 1)
        {
            await CloseAsync(WebSocketCloseCodes.TooManyInitialisationRequests, WebSocketCloseCodes.TooManyInitialisationRequestsReason);
            return;
        }

        if (payload is { } init)
        {
            if (init.ValueKind != JsonValueKind.Object)
            {
                await CloseAsync(WebSocketCloseCodes.BadRequest, "Invalid message received: the 'connection_init' payload must be an object");
                return;
            }

            // The caller may also authenticate here, as browsers cannot send headers with the upgrade.
            if (init.TryGetProperty("Authorization", out var authorization) || init.TryGetProperty("authorization", out authorization))
            {
                var principal = authorization.ValueKind == JsonValueKind.String
                    ? await authentication.AuthenticateAsync(authorization.GetString()!, aborted)
                    : null;
                if (principal is null)
                {
                    await CloseAsync(WebSocketCloseCodes.Forbidden, WebSocketCloseCodes.ForbiddenReason);
                    return;
                }

                _user = principal;
            }
        }

        _quota = quotas.ForConnection(_user.FindFirst(SubjectClaim)?.Value ?? callerAddress);
        await SendAsync($$"""{"type":"{{MessageTypes.ConnectionAck}}"}""");
        _acknowledged = true;
        Track(CloseWhenTokenExpiresAsync(_closing.Token));
    }

    /// <summary>Closes with 4403 when the caller's token expires, so that a connection never outlives the right it was opened with.</summary>
    private async Task CloseWhenTokenExpiresAsync(CancellationToken cancellationToken)
    {
        if (_user.FindFirst("exp")?.Value is not { } exp || !long.TryParse(exp, out var seconds))
        {
            return;
        }

        var left = DateTimeOffset.FromUnixTimeSeconds(seconds) - clock.GetUtcNow();
        try
        {
            if (left > TimeSpan.Zero)
            {
                await Task.Delay(left, clock, cancellationToken);
            }
        }
        catch (OperationCanceledException)
        {
            return;
        }

        await CloseAsync(WebSocketCloseCodes.Forbidden, WebSocketCloseCodes.TokenExpiredReason);
    }

    /// <summary>Keeps a task until it ends, so that the connection waits for it when closing and a long-lived one does not keep every task it ran.</summary>
    private void Track(Task task)
    {
        _running.TryAdd(task, true);
        _ = task.ContinueWith(ended => _running.TryRemove(ended, out _), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
    }

    private async Task SubscribeAsync(string id, JsonElement payload)
    {
        // Closing the connection, by either side, cancels the operation.
        var cancellation = CancellationTokenSource.CreateLinkedTokenSource(_closing.Token);
        if (!_operations.TryAdd(id, cancellation))
        {
            cancellation.Dispose();
            await CloseAsync(WebSocketCloseCodes.SubscriberAlreadyExists, WebSocketCloseCodes.SubscriberAlreadyExistsReason(id));
            return;
        }

        Track(Task.Run(() => ExecuteAsync(id, payload, cancellation)));
    }

    private async Task ExecuteAsync(string id, JsonElement payload, CancellationTokenSource cancellation)
    {
        try
        {
            GraphQLHttpRequest request;
            try
            {
                request = reader.ReadPayload(payload);
            }
            catch (GraphQLRequestException exception)
            {
                await SendErrorAsync(id, JsonSerializer.Serialize(new[] { new { message = exception.Message, extensions = new { code = exception.Code } } }));
                return;
            }

            await foreach (var outcome in execution.RunAsync(request, () => _user, _quota!, cancellation.Token))
            {
                var json = serializer.Serialize(outcome.Result);
                if (outcome.Refused)
                {
                    using var document = JsonDocument.Parse(json);
                    await SendErrorAsync(id, document.RootElement.TryGetProperty("errors", out var errors) ? errors.GetRawText() : "[]");
                    return;
                }

                await SendAsync($$"""{"id":{{Quote(id)}},"type":"{{MessageTypes.Next}}","payload":{{json}}}""");
            }

            if (!cancellation.IsCancellationRequested)
            {
                await SendAsync($$"""{"id":{{Quote(id)}},"type":"{{MessageTypes.Complete}}"}""");
            }
        }
        catch (Exception exception) when (exception.IsSlowSubscriber())
        {
            await CloseAsync(WebSocketCloseCodes.TryAgainLater, exception.InnerException?.Message ?? exception.Message);
        }
        catch (Exception exception) when (exception is OperationCanceledException or WebSocketException or ObjectDisposedException)
        {
            // Completed by the client, or the connection closed.
        }
        finally
        {
            _operations.TryRemove(new KeyValuePair<string, CancellationTokenSource>(id, cancellation));
            cancellation.Dispose();
        }
    }

    private Task SendErrorAsync(string id, string errors) =>
        SendAsync($$"""{"id":{{Quote(id)}},"type":"{{MessageTypes.Error}}","payload":{{errors}}}""");

    private static string Quote(string value) => JsonSerializer.Serialize(value);

    /// <summary>Closes after <see cref="GraphQLWebSocketOptions.ConnectionInitTimeout"/> unless a <c>connection_init</c> came.</summary>
    private async Task CloseUnlessInitialisedAsync(CancellationToken cancellationToken)
    {
        try
        {
            await Task.Delay(options.ConnectionInitTimeout, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            return;
        }

        if (Volatile.Read(ref _initialised) == 0)
        {
            await CloseAsync(WebSocketCloseCodes.ConnectionInitialisationTimeout, WebSocketCloseCodes.ConnectionInitialisationTimeoutReason);
        }
    }

    private async Task SendAsync(string text)
    {
        await _sendGate.WaitAsync(_closing.Token);
        try
        {
            if (socket.State == WebSocketState.Open)
            {
                await socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, endOfMessage: true, _closing.Token);
            }
        }
        finally
        {
            _sendGate.Release();
        }
    }

    /// <summary>Sends the close frame once; the receive loop then waits for the client's.</summary>
    private async Task CloseAsync(int code, string reason)
    {
        await _sendGate.WaitAsync();
        try
        {
            if (_closing.IsCancellationRequested || socket.State != WebSocketState.Open)
            {
                return;
            }

            await _closing.CancelAsync();
            await socket.CloseOutputAsync((WebSocketCloseStatus)code, reason, CancellationToken.None);
        }
        catch (WebSocketException)
        {
            // The client has gone already.
        }
        finally
        {
            _sendGate.Release();
        }
    }
}
