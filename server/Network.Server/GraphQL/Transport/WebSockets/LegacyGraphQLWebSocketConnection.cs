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
public sealed class LegacyGraphQLWebSocketConnection(
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
    public const string DuplicateIdCode = "OPERATION_ID_IN_USE";

    private static readonly TimeSpan CloseHandshakeTimeout = TimeSpan.FromSeconds(5);

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
                await FailConnectionAsync("Invalid message received: messages are text");
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
                await SendConnectionErrorAsync(problem);
                break;
            case { Type: LegacyMessageTypes.ConnectionInit }:
                await InitialiseAsync(message.Payload, aborted);
                break;
            case { Type: LegacyMessageTypes.ConnectionTerminate }:
                await CloseAsync((int)WebSocketCloseStatus.NormalClosure, string.Empty);
                break;
            case { Type: LegacyMessageTypes.Start or LegacyMessageTypes.Stop } when !_acknowledged:
                await FailConnectionAsync($"'{message.Type}' before the connection was acknowledged: send 'connection_init' first");
                break;
            case { Type: LegacyMessageTypes.Start or LegacyMessageTypes.Stop, Id: null or "" }:
                await SendConnectionErrorAsync($"Invalid message received: '{message.Type}' needs an 'id'");
                break;
            case { Type: LegacyMessageTypes.Start, Payload: null }:
                await SendErrorAsync(message.Id!, Errors("INVALID_REQUEST", "Invalid message received: 'start' needs a 'payload'"));
                break;
            case { Type: LegacyMessageTypes.Start }:
                await StartAsync(message.Id!, message.Payload.Value);
                break;
            case { Type: LegacyMessageTypes.Stop }:
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
                await SendErrorAsync(message.Id ?? string.Empty, Errors("INVALID_REQUEST", $"Invalid message received: unknown type '{message.Type}'"));
                break;
        }
    }

    private async Task InitialiseAsync(JsonElement? payload, CancellationToken aborted)
    {
        if (Interlocked.Exchange(ref _initialised, 1) == 1)
        {
            await FailConnectionAsync(WebSocketCloseCodes.TooManyInitialisationRequestsReason);
            return;
        }

        if (payload is { } init)
        {
            if (init.ValueKind != JsonValueKind.Object)
            {
                await FailConnectionAsync("Invalid message received: the 'connection_init' payload must be an object");
                return;
            }

            if (init.TryGetProperty("Authorization", out var authorization) || init.TryGetProperty("authorization", out authorization))
            {
                var principal = authorization.ValueKind == JsonValueKind.String
                    ? await authentication.AuthenticateAsync(authorization.GetString()!, aborted)
                    : null;
                if (principal is null)
                {
                    await FailConnectionAsync(WebSocketCloseCodes.ForbiddenReason);
                    return;
                }

                _user = principal;
            }
        }

        _quota = quotas.ForConnection(_user.FindFirst(SubjectClaim)?.Value ?? callerAddress);
        await SendAsync($$"""{"type":"{{LegacyMessageTypes.ConnectionAck}}"}""");
        _acknowledged = true;
        Track(KeepAliveAsync(_closing.Token));
        Track(CloseWhenTokenExpiresAsync(_closing.Token));
    }

    /// <summary>Sends <c>ka</c> at once and then every <see cref="GraphQLWebSocketOptions.KeepAliveInterval"/> until the connection closes.</summary>
    private async Task KeepAliveAsync(CancellationToken cancellationToken)
    {
        const string keepAlive = $$"""{"type":"{{LegacyMessageTypes.KeepAlive}}"}""";
        using var timer = new PeriodicTimer(options.KeepAliveInterval, clock);
        try
        {
            do
            {
                await SendAsync(keepAlive);
            }
            while (await timer.WaitForNextTickAsync(cancellationToken));
        }
        catch (Exception exception) when (exception is OperationCanceledException or WebSocketException or ObjectDisposedException)
        {
            // The connection closed.
        }
    }

    /// <summary>Closes with 4403 when the caller's token expires, as over <c>graphql-transport-ws</c>.</summary>
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

    private void Track(Task task)
    {
        _running.TryAdd(task, true);
        _ = task.ContinueWith(ended => _running.TryRemove(ended, out _), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
    }

    private async Task StartAsync(string id, JsonElement payload)
    {
        var cancellation = CancellationTokenSource.CreateLinkedTokenSource(_closing.Token);
        if (!_operations.TryAdd(id, cancellation))
        {
            cancellation.Dispose();
            await SendErrorAsync(id, Errors(DuplicateIdCode, $"An operation with the id '{id}' is already running; stop it first or use another id."));
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
                await SendErrorAsync(id, Errors(exception.Code, exception.Message));
                return;
            }

            try
            {
                await foreach (var outcome in execution.RunAsync(request, () => _user, _quota!, cancellation.Token))
                {
                    var json = serializer.Serialize(outcome.Result);
                    if (outcome.Refused)
                    {
                        using var document = JsonDocument.Parse(json);
                        await SendErrorAsync(id, document.RootElement.TryGetProperty("errors", out var errors) ? errors.GetRawText() : "[]");
                        return;
                    }

                    await SendAsync($$"""{"id":{{Quote(id)}},"type":"{{LegacyMessageTypes.Data}}","payload":{{json}}}""");
                }
            }
            catch (OperationCanceledException) when (!_closing.IsCancellationRequested)
            {
                // Stopped by the client: the reference server completes a stopped operation too.
            }

            if (!_closing.IsCancellationRequested)
            {
                await SendAsync($$"""{"id":{{Quote(id)}},"type":"{{LegacyMessageTypes.Complete}}"}""");
            }
        }
        catch (Exception exception) when (exception.IsSlowSubscriber())
        {
            await CloseAsync(WebSocketCloseCodes.TryAgainLater, exception.InnerException?.Message ?? exception.Message);
        }
        catch (Exception exception) when (exception is OperationCanceledException or WebSocketException or ObjectDisposedException)
        {
            // The connection closed.
        }
        finally
        {
            _operations.TryRemove(new KeyValuePair<string, CancellationTokenSource>(id, cancellation));
            cancellation.Dispose();
        }
    }

    private static string Errors(string code, string message) =>
        JsonSerializer.Serialize(new[] { new { message, extensions = new { code } } });

    private Task SendErrorAsync(string id, string errors) =>
        SendAsync($$"""{"id":{{Quote(id)}},"type":"{{LegacyMessageTypes.Error}}","payload":{{errors}}}""");

    private Task SendConnectionErrorAsync(string message) =>
        SendAsync($$$"""{"type":"{{{LegacyMessageTypes.ConnectionError}}}","payload":{"message":{{{Quote(message)}}}}}""");

    /// <summary>Sends <c>connection_error</c>, then closes with 1011.</summary>
    private async Task FailConnectionAsync(string message)
    {
        try
        {
            await SendConnectionErrorAsync(message);
        }
        catch (Exception exception) when (exception is OperationCanceledException or WebSocketException)
        {
            // Closing already.
        }

        await CloseAsync(WebSocketCloseCodes.LegacyConnectionError, message);
    }

    private static string Quote(string value) => JsonSerializer.Serialize(value);

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
            await FailConnectionAsync(WebSocketCloseCodes.ConnectionInitialisationTimeoutReason);
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
