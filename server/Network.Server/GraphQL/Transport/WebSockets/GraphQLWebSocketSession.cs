using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Security.Claims;
using System.Text;
using System.Text.Json;
using GraphQL;
using Network.Server.GraphQL.Subscriptions;

namespace Network.Server.GraphQL.Transport.WebSockets;

/// <summary>What every GraphQL WebSocket subprotocol's connection needs from the server, in one place.</summary>
public sealed record GraphQLWebSocketServices(
    GraphQLWebSocketOptions Options,
    IGraphQLTextSerializer Serializer,
    GraphQLRequestReader Reader,
    PayloadAuthentication Authentication,
    SubscriptionExecution Execution,
    SubscriptionQuota Quotas,
    TimeProvider Clock,
    int MaxMessageBytes);

/// <summary>
/// What the GraphQL WebSocket subprotocols share: reading whole text messages within the request size budget, one send
/// at a time, closing once, the <c>connection_init</c> timeout, the caller from the upgrade or the init payload, closing
/// when the caller's token expires (4403), and running operations side by side through <see cref="SubscriptionExecution"/>
/// (a subscriber that falls behind closes the connection with 1013). Each subprotocol says how its messages look and how it
/// answers a broken rule.
/// </summary>
public abstract class GraphQLWebSocketSession(WebSocket socket, ClaimsPrincipal user, string callerAddress, GraphQLWebSocketServices services) : IDisposable
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

    protected GraphQLWebSocketServices Services => services;

    /// <summary>Whether the connection has acknowledged <c>connection_init</c>.</summary>
    protected bool Acknowledged => _acknowledged;

    /// <summary>Cancelled once the connection closes, by either side.</summary>
    protected CancellationToken Closing => _closing.Token;

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

    /// <summary>Closes with 1001 (going away) as the server shuts down; the operations still running are cancelled.</summary>
    public Task GoAwayAsync() => CloseAsync(WebSocketCloseCodes.GoingAway, WebSocketCloseCodes.GoingAwayReason);

    public void Dispose()
    {
        _closing.Dispose();
        _sendGate.Dispose();
        GC.SuppressFinalize(this);
    }

    /// <summary>Handles one message; <paramref name="message"/> is null when it is not a message at all, and <paramref name="problem"/> says why.</summary>
    protected abstract Task HandleAsync(OperationMessage? message, string problem, CancellationToken aborted);

    /// <summary>Answers a broken rule of the connection (a binary message, a second or missing <c>connection_init</c>, a bad token) by closing.</summary>
    protected abstract Task FailAsync(ConnectionFault fault, string reason);

    /// <summary>The message that carries one result of operation <paramref name="id"/>.</summary>
    protected abstract string ResultMessage(string id, string result);

    /// <summary>The message that refuses operation <paramref name="id"/> with GraphQL <paramref name="errors"/>.</summary>
    protected abstract string ErrorMessage(string id, string errors);

    /// <summary>The message that ends operation <paramref name="id"/>.</summary>
    protected abstract string CompleteMessage(string id);

    /// <summary>Whether an operation the client ended is answered with <see cref="CompleteMessage"/> too.</summary>
    protected abstract bool CompletesStoppedOperations { get; }

    /// <summary>Answers a second operation under an id that is running.</summary>
    protected abstract Task DuplicateIdAsync(string id);

    /// <summary>What the connection does once acknowledged, besides watching the token (the legacy protocol's keep-alive).</summary>
    protected virtual Task AcknowledgedAsync() => Task.CompletedTask;

    /// <summary>Checks the init payload (and its <c>Authorization</c>, browsers cannot set headers on an upgrade), acknowledges, and starts watching the token.</summary>
    protected async Task InitialiseAsync(JsonElement? payload, string acknowledgement, CancellationToken aborted)
    {
        if (Interlocked.Exchange(ref _initialised, 1) == 1)
        {
            await FailAsync(ConnectionFault.TooManyInitialisationRequests, WebSocketCloseCodes.TooManyInitialisationRequestsReason);
            return;
        }

        if (payload is { } init)
        {
            if (init.ValueKind != JsonValueKind.Object)
            {
                await FailAsync(ConnectionFault.BadRequest, "Invalid message received: the 'connection_init' payload must be an object");
                return;
            }

            if (init.TryGetProperty("Authorization", out var authorization) || init.TryGetProperty("authorization", out authorization))
            {
                var principal = authorization.ValueKind == JsonValueKind.String
                    ? await services.Authentication.AuthenticateAsync(authorization.GetString()!, aborted)
                    : null;
                if (principal is null)
                {
                    await FailAsync(ConnectionFault.Forbidden, WebSocketCloseCodes.ForbiddenReason);
                    return;
                }

                _user = principal;
            }
        }

        _quota = services.Quotas.ForConnection(_user.FindFirst(SubjectClaim)?.Value ?? callerAddress);
        await SendAsync(acknowledgement);
        _acknowledged = true;
        Track(CloseWhenTokenExpiresAsync(_closing.Token));
        Track(AcknowledgedAsync());
    }

    /// <summary>Starts operation <paramref name="id"/>, unless one with that id is running.</summary>
    protected async Task StartAsync(string id, JsonElement payload)
    {
        // Closing the connection, by either side, cancels the operation.
        var cancellation = CancellationTokenSource.CreateLinkedTokenSource(_closing.Token);
        if (!_operations.TryAdd(id, cancellation))
        {
            cancellation.Dispose();
            await DuplicateIdAsync(id);
            return;
        }

        Track(Task.Run(() => ExecuteAsync(id, payload, cancellation)));
    }

    /// <summary>Ends operation <paramref name="id"/> at the client's request; an id that is not running is ignored.</summary>
    protected async Task StopAsync(string id)
    {
        try
        {
            if (_operations.TryGetValue(id, out var operation))
            {
                await operation.CancelAsync();
            }
        }
        catch (ObjectDisposedException)
        {
            // The operation finished meanwhile.
        }
    }

    protected static string Quote(string value) => JsonSerializer.Serialize(value);

    /// <summary>GraphQL errors of one error with a code, as a JSON array.</summary>
    protected static string Errors(string code, string message) => JsonSerializer.Serialize(new[] { new { message, extensions = new { code } } });

    protected async Task SendAsync(string text)
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
    protected async Task CloseAsync(int code, string reason)
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

    /// <summary>Keeps a task until it ends, so that the connection waits for it when closing and a long-lived one does not keep every task it ran.</summary>
    private void Track(Task task)
    {
        _running.TryAdd(task, true);
        _ = task.ContinueWith(ended => _running.TryRemove(ended, out _), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
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
            if (message.Length > services.MaxMessageBytes)
            {
                await CloseAsync((int)WebSocketCloseStatus.MessageTooBig, $"A message may have at most {services.MaxMessageBytes:#,0} bytes");
                continue;
            }

            if (!received.EndOfMessage)
            {
                continue;
            }

            if (received.MessageType != WebSocketMessageType.Text)
            {
                await FailAsync(ConnectionFault.BadRequest, "Invalid message received: messages are text");
            }
            else
            {
                await HandleAsync(OperationMessage.Read(message.GetBuffer().AsMemory(0, (int)message.Length), out var problem), problem, aborted);
            }

            message.SetLength(0);
        }
    }

    private async Task ExecuteAsync(string id, JsonElement payload, CancellationTokenSource cancellation)
    {
        try
        {
            GraphQLHttpRequest request;
            try
            {
                request = services.Reader.ReadPayload(payload);
            }
            catch (GraphQLRequestException exception)
            {
                await SendAsync(ErrorMessage(id, Errors(exception.Code, exception.Message)));
                return;
            }

            try
            {
                await foreach (var outcome in services.Execution.RunAsync(request, () => _user, _quota!, cancellation.Token))
                {
                    var json = services.Serializer.Serialize(outcome.Result);
                    if (outcome.Refused)
                    {
                        using var document = JsonDocument.Parse(json);
                        await SendAsync(ErrorMessage(id, document.RootElement.TryGetProperty("errors", out var errors) ? errors.GetRawText() : "[]"));
                        return;
                    }

                    await SendAsync(ResultMessage(id, json));
                }
            }
            catch (OperationCanceledException) when (!_closing.IsCancellationRequested && CompletesStoppedOperations)
            {
                // Ended by the client, in a protocol that answers that with its end too.
            }

            if (!_closing.IsCancellationRequested && (CompletesStoppedOperations || !cancellation.IsCancellationRequested))
            {
                await SendAsync(CompleteMessage(id));
            }
        }
        catch (Exception exception) when (exception.IsSlowSubscriber())
        {
            await CloseAsync(WebSocketCloseCodes.TryAgainLater, exception.InnerException?.Message ?? exception.Message);
        }
        catch (Exception exception) when (exception is OperationCanceledException or WebSocketException or ObjectDisposedException)
        {
            // Ended by the client, or the connection closed.
        }
        finally
        {
            _operations.TryRemove(new KeyValuePair<string, CancellationTokenSource>(id, cancellation));
            cancellation.Dispose();
        }
    }

    /// <summary>Closes with 4403 when the caller's token expires, so that a connection never outlives the right it was opened with.</summary>
    private async Task CloseWhenTokenExpiresAsync(CancellationToken cancellationToken)
    {
        if (_user.FindFirst("exp")?.Value is not { } exp || !long.TryParse(exp, out var seconds))
        {
            return;
        }

        var left = DateTimeOffset.FromUnixTimeSeconds(seconds) - services.Clock.GetUtcNow();
        try
        {
            if (left > TimeSpan.Zero)
            {
                await Task.Delay(left, services.Clock, cancellationToken);
            }
        }
        catch (OperationCanceledException)
        {
            return;
        }

        await CloseAsync(WebSocketCloseCodes.Forbidden, WebSocketCloseCodes.TokenExpiredReason);
    }

    /// <summary>Fails the connection after <see cref="GraphQLWebSocketOptions.ConnectionInitTimeout"/> unless a <c>connection_init</c> came.</summary>
    private async Task CloseUnlessInitialisedAsync(CancellationToken cancellationToken)
    {
        try
        {
            await Task.Delay(services.Options.ConnectionInitTimeout, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            return;
        }

        if (Volatile.Read(ref _initialised) == 0)
        {
            await FailAsync(ConnectionFault.InitialisationTimeout, WebSocketCloseCodes.ConnectionInitialisationTimeoutReason);
        }
    }
}

/// <summary>A broken rule of a connection, which each subprotocol answers in its own way.</summary>
public enum ConnectionFault
{
    BadRequest,
    Forbidden,
    InitialisationTimeout,
    TooManyInitialisationRequests,
}
