using System.Buffers;
using System.Globalization;
using System.Net.WebSockets;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Threading.Channels;

namespace Network.Client;

/// <summary>
/// Runs subscriptions over one WebSocket per client with the <c>graphql-transport-ws</c> protocol. The socket opens
/// with the first subscription, its <c>connection_init</c> carrying the caller's <c>Authorization</c> (asked for anew
/// on every connection, so a refreshed token is used), and carries every subscription of the client, each under its
/// own id. The server's <c>ping</c> is answered with <c>pong</c>.
/// </summary>
/// <remarks>
/// <para>
/// Each <c>next</c> is one result; an <c>error</c> is a last result with its errors; <c>complete</c> ends the
/// enumeration. Cancelling the enumeration's token, or leaving the <c>await foreach</c>, sends <c>complete</c> and
/// ends it without an exception.
/// </para>
/// <para>
/// When the socket drops, the server goes away or closes it with any other code than a refusal, the executor
/// reconnects, waiting <see cref="SubscriptionOptions.ReconnectDelay"/> doubled at each failure up to
/// <see cref="SubscriptionOptions.MaxReconnectDelay"/> (with jitter), and subscribes the live operations again. A
/// 4403 (the token expired, or was refused) reconnects at once with a token asked for anew. 4400, 4401, 4406 and 4409
/// end the live operations with a transport error. Events published while the socket was down are not replayed:
/// read what may have changed (a pairing's history) after a reconnection if it matters.
/// </para>
/// </remarks>
public sealed class WebSocketSubscriptionExecutor : ISubscriptionExecutor, IAsyncDisposable, IDisposable
{
    private const string Subprotocol = "graphql-transport-ws";
    private static readonly byte[] Pong = """{"type":"pong"}"""u8.ToArray();

    private readonly SubscriptionOptions _options;
    private readonly Func<CancellationToken, Task<string?>>? _authorization;
    private readonly Func<Uri>? _endpoint;
    private readonly bool _persistedOperations;
    private readonly Lock _lock = new();
    private readonly Dictionary<string, LiveOperation> _live = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _disposed = new();
    private Connection? _connection;
    private Task? _loop;
    private long _lastId;

    /// <param name="options">The address, and how to reconnect.</param>
    /// <param name="authorization">
    /// The <c>Authorization</c> value (<c>Bearer …</c>) for each connection's <c>connection_init</c>, asked for on
    /// every (re)connection; null, or returning null, to connect anonymously.
    /// </param>
    /// <param name="endpoint">The WebSocket address when <see cref="SubscriptionOptions.Endpoint"/> is null.</param>
    /// <param name="persistedOperations">Send each operation's hash alone (<c>documentId</c>), as <see cref="ClientOptions.PersistedOperations"/>.</param>
    public WebSocketSubscriptionExecutor(
        SubscriptionOptions options, Func<CancellationToken, Task<string?>>? authorization = null, Func<Uri>? endpoint = null, bool persistedOperations = false)
    {
        _persistedOperations = persistedOperations;
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        _authorization = authorization;
        _endpoint = endpoint;
    }

    private enum EventKind
    {
        Next,
        Error,
        Complete,
        Failed,
    }

    public async IAsyncEnumerable<IOperationResult<T>> SubscribeAsync<T>(
        OperationDocument document, Action<Utf8JsonWriter>? writeVariables, Func<JsonElement, T> parseData, [EnumeratorCancellation] CancellationToken cancellationToken)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(parseData);
        ObjectDisposedException.ThrowIf(_disposed.IsCancellationRequested, this);
        var id = Interlocked.Increment(ref _lastId).ToString(CultureInfo.InvariantCulture);
        var operation = new LiveOperation(id, SubscribeMessage(id, document, writeVariables));
        Connection? connection;
        lock (_lock)
        {
            _live.Add(id, operation);
            connection = _connection;
            _loop ??= Task.Run(RunAsync, CancellationToken.None);
        }

        try
        {
            // Connected already: subscribe now. Otherwise the connection subscribes every live operation once acknowledged.
            if (connection is not null)
            {
                await connection.TrySendAsync(operation.Subscribe).ConfigureAwait(false);
            }

            while (await NextAsync(operation, cancellationToken).ConfigureAwait(false) is { } next)
            {
                switch (next.Kind)
                {
                    case EventKind.Next:
                        yield return ResultReader.Read(next.Payload, parseData, null);
                        break;
                    case EventKind.Error:
                        var errors = ResultReader.Errors(next.Payload, null);
                        if (errors.Count == 0)
                        {
                            errors.Add(new ClientError("The server refused the subscription without saying why.", ClientErrorKind.GraphQL));
                        }

                        yield return new OperationResult<T>(null, errors, null);
                        yield break;
                    case EventKind.Failed:
                        yield return new OperationResult<T>(null, [next.Error!], null);
                        yield break;
                    default:
                        yield break;
                }
            }
        }
        finally
        {
            await EndAsync(operation).ConfigureAwait(false);
        }
    }

    /// <summary>Ends the live subscriptions and closes the socket.</summary>
    public async ValueTask DisposeAsync()
    {
        Connection? connection;
        Task? loop;
        lock (_lock)
        {
            if (_disposed.IsCancellationRequested)
            {
                return;
            }

            connection = _connection;
            loop = _loop;
            foreach (var operation in _live.Values)
            {
                operation.Events.Writer.TryWrite(new Event(EventKind.Complete, default, null));
            }

            _live.Clear();
            _disposed.Cancel();
        }

        if (connection is not null)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
            try
            {
                await connection.Socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "The client is closing", timeout.Token).ConfigureAwait(false);
            }
            catch (Exception e) when (e is WebSocketException or OperationCanceledException or ObjectDisposedException or InvalidOperationException)
            {
                // Gone already.
            }
        }

        if (loop is not null)
        {
            await loop.ConfigureAwait(false);
        }

        _disposed.Dispose();
    }

    /// <summary>As <see cref="DisposeAsync"/>, waiting for it.</summary>
    public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();

    private static async Task<Event?> NextAsync(LiveOperation operation, CancellationToken cancellationToken)
    {
        try
        {
            return await operation.Events.Reader.ReadAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return null;
        }
    }

    /// <summary>Forgets the operation; when the server has not ended it, tells the server with <c>complete</c>.</summary>
    private async Task EndAsync(LiveOperation operation)
    {
        Connection? connection = null;
        lock (_lock)
        {
            if (_live.Remove(operation.Id))
            {
                connection = _connection;
            }
        }

        if (connection is not null)
        {
            await connection.TrySendAsync(Message(writer =>
            {
                writer.WriteString("id", operation.Id);
                writer.WriteString("type", "complete");
            })).ConfigureAwait(false);
        }
    }

    /// <summary>Connects while operations are live, and reconnects as the close code says.</summary>
    private async Task RunAsync()
    {
        var failures = 0;
        var immediately = false;
        while (true)
        {
            lock (_lock)
            {
                if (_live.Count == 0 || _disposed.IsCancellationRequested)
                {
                    _loop = null;
                    return;
                }
            }

            if (failures > 0 && !immediately)
            {
                try
                {
                    await Task.Delay(Backoff(failures), _disposed.Token).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    continue;
                }
            }

            var outcome = await ConnectAndReceiveAsync().ConfigureAwait(false);
            if (_disposed.IsCancellationRequested)
            {
                continue;
            }

            switch (outcome.CloseStatus)
            {
                case 4400 or 4401 or 4406 or 4409:
                    FailAll($"The server closed the subscriptions' connection with {outcome.CloseStatus}: {outcome.Description}", null);
                    failures = 0;
                    immediately = false;
                    continue;
                case 4403 when outcome.Acknowledged && !immediately:
                    // The token expired: connect again at once with one asked for anew.
                    immediately = true;
                    failures = 1;
                    break;
                case 4403:
                    // Refused at once, or again: the token source has nothing better yet, so wait as for any failure.
                    immediately = false;
                    failures++;
                    break;
                default:
                    immediately = false;
                    failures = outcome.Acknowledged ? 1 : failures + 1;
                    break;
            }

            if (_options.MaxReconnectAttempts is { } max && failures > max)
            {
                FailAll(
                    outcome.Error is null
                        ? $"The subscriptions' connection closed ({outcome.CloseStatus?.ToString(CultureInfo.InvariantCulture) ?? "no code"}: {outcome.Description}) and could not be opened again."
                        : $"The subscriptions' connection failed and could not be opened again: {outcome.Error.Message}",
                    outcome.Error);
                failures = 0;
                immediately = false;
            }
        }
    }

    private TimeSpan Backoff(int failures)
    {
        var delay = _options.ReconnectDelay.TotalMilliseconds * Math.Pow(2, Math.Min(failures - 1, 30));
        delay = Math.Min(delay, _options.MaxReconnectDelay.TotalMilliseconds);
#pragma warning disable CA5394 // Jitter, not security.
        var jitter = 1 + (_options.ReconnectJitter * ((2 * Random.Shared.NextDouble()) - 1));
#pragma warning restore CA5394
        return TimeSpan.FromMilliseconds(Math.Max(0, delay * jitter));
    }

    private void FailAll(string message, Exception? exception)
    {
        lock (_lock)
        {
            var error = new ClientError(message, ClientErrorKind.Transport, exception: exception);
            foreach (var operation in _live.Values)
            {
                operation.Events.Writer.TryWrite(new Event(EventKind.Failed, default, error));
            }

            _live.Clear();
        }
    }

    /// <summary>One connection: the handshake, subscribing the live operations, then every message until it closes.</summary>
    private async Task<Outcome> ConnectAndReceiveAsync()
    {
        using var socket = new ClientWebSocket();
        var connection = new Connection(socket);
        var buffer = new ArrayBufferWriter<byte>();
        var acknowledged = false;
        try
        {
            socket.Options.AddSubProtocol(Subprotocol);
            _options.ConfigureWebSocket?.Invoke(socket.Options);
            using (var timeout = CancellationTokenSource.CreateLinkedTokenSource(_disposed.Token))
            {
                timeout.CancelAfter(_options.ConnectionTimeout);
                var endpoint = _options.Endpoint ?? _endpoint?.Invoke()
                    ?? throw new InvalidOperationException("Subscriptions need SubscriptionOptions.Endpoint or an HTTP base address.");
                var authorization = _authorization is null ? null : await _authorization(timeout.Token).ConfigureAwait(false);
                await socket.ConnectAsync(endpoint, timeout.Token).ConfigureAwait(false);
                await connection.SendAsync(InitMessage(authorization), timeout.Token).ConfigureAwait(false);
                while (!acknowledged)
                {
                    using var message = await ReceiveAsync(socket, buffer, timeout.Token).ConfigureAwait(false);
                    if (message is null)
                    {
                        return new Outcome(false, (int?)socket.CloseStatus, socket.CloseStatusDescription, null);
                    }

                    switch (TypeOf(message.RootElement))
                    {
                        case "connection_ack":
                            acknowledged = true;
                            break;
                        case "ping":
                            await connection.SendAsync(Pong, timeout.Token).ConfigureAwait(false);
                            break;
                    }
                }
            }

            // Subscribe what is live, before any complete of theirs can be sent on this connection.
            await connection.Sending.WaitAsync(_disposed.Token).ConfigureAwait(false);
            try
            {
                List<LiveOperation> live;
                lock (_lock)
                {
                    _connection = connection;
                    live = [.. _live.Values];
                }

                foreach (var operation in live)
                {
                    await socket.SendAsync(operation.Subscribe, WebSocketMessageType.Text, endOfMessage: true, _disposed.Token).ConfigureAwait(false);
                }
            }
            finally
            {
                connection.Sending.Release();
            }

            while (true)
            {
                using var message = await ReceiveAsync(socket, buffer, _disposed.Token).ConfigureAwait(false);
                if (message is null)
                {
                    return new Outcome(true, (int?)socket.CloseStatus, socket.CloseStatusDescription, null);
                }

                await DispatchAsync(connection, message.RootElement).ConfigureAwait(false);
            }
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException or JsonException or HttpRequestException or IOException or InvalidOperationException)
        {
            return new Outcome(acknowledged, null, null, e);
        }
        finally
        {
            lock (_lock)
            {
                if (_connection == connection)
                {
                    _connection = null;
                }
            }

            if (socket.State == WebSocketState.CloseReceived)
            {
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(1));
                try
                {
                    await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, timeout.Token).ConfigureAwait(false);
                }
                catch (Exception e) when (e is WebSocketException or OperationCanceledException or ObjectDisposedException)
                {
                    // The socket is being torn down anyway.
                }
            }
        }
    }

    private async Task DispatchAsync(Connection connection, JsonElement message)
    {
        var type = TypeOf(message);
        if (type == "ping")
        {
            await connection.SendAsync(Pong, _disposed.Token).ConfigureAwait(false);
            return;
        }

        if (type is not ("next" or "error" or "complete") || !message.TryGetProperty("id", out var idElement) || idElement.ValueKind != JsonValueKind.String)
        {
            return;
        }

        var id = idElement.GetString()!;
        var payload = message.TryGetProperty("payload", out var p) ? p.Clone() : default;
        lock (_lock)
        {
            if (!_live.TryGetValue(id, out var operation))
            {
                return;
            }

            if (type != "next")
            {
                _live.Remove(id);
            }

            operation.Events.Writer.TryWrite(new Event(type switch { "next" => EventKind.Next, "error" => EventKind.Error, _ => EventKind.Complete }, payload, null));
        }
    }

    private static string? TypeOf(JsonElement message) =>
        message.ValueKind == JsonValueKind.Object && message.TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.String ? type.GetString() : null;

    /// <summary>The next whole message, or null when the server closed the socket.</summary>
    private static async Task<JsonDocument?> ReceiveAsync(ClientWebSocket socket, ArrayBufferWriter<byte> buffer, CancellationToken cancellationToken)
    {
        buffer.ResetWrittenCount();
        while (true)
        {
            var received = await socket.ReceiveAsync(buffer.GetMemory(16 * 1024), cancellationToken).ConfigureAwait(false);
            if (received.MessageType == WebSocketMessageType.Close)
            {
                return null;
            }

            buffer.Advance(received.Count);
            if (received.EndOfMessage)
            {
                return JsonDocument.Parse(buffer.WrittenMemory);
            }
        }
    }

    private static byte[] InitMessage(string? authorization) => Message(writer =>
    {
        writer.WriteString("type", "connection_init");
        if (authorization is not null)
        {
            writer.WriteStartObject("payload");
            writer.WriteString("Authorization", authorization);
            writer.WriteEndObject();
        }
    });

    private byte[] SubscribeMessage(string id, OperationDocument document, Action<Utf8JsonWriter>? writeVariables) => Message(writer =>
    {
        writer.WriteString("id", id);
        writer.WriteString("type", "subscribe");
        writer.WritePropertyName("payload");
        document.WriteRequest(writer, _persistedOperations, writeVariables);
    });

    private static byte[] Message(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            write(writer);
            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }

    private sealed record Event(EventKind Kind, JsonElement Payload, ClientError? Error);

    private sealed record Outcome(bool Acknowledged, int? CloseStatus, string? Description, Exception? Error);

    private sealed class LiveOperation(string id, byte[] subscribe)
    {
        public string Id { get; } = id;

        public byte[] Subscribe { get; } = subscribe;

        public Channel<Event> Events { get; } = Channel.CreateUnbounded<Event>(new UnboundedChannelOptions { SingleReader = true });
    }

    /// <summary>A socket whose messages are sent one at a time.</summary>
    private sealed class Connection(ClientWebSocket socket)
    {
        public ClientWebSocket Socket { get; } = socket;

        public SemaphoreSlim Sending { get; } = new(1, 1);

        public async Task SendAsync(byte[] message, CancellationToken cancellationToken)
        {
            await Sending.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                await Socket.SendAsync(message, WebSocketMessageType.Text, endOfMessage: true, cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                Sending.Release();
            }
        }

        /// <summary>Sends unless the socket is closing; the next connection takes care of what was lost.</summary>
        public async Task TrySendAsync(byte[] message)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            try
            {
                await SendAsync(message, timeout.Token).ConfigureAwait(false);
            }
            catch (Exception e) when (e is WebSocketException or OperationCanceledException or ObjectDisposedException or InvalidOperationException)
            {
                // The socket dropped: the connection loop reconnects.
            }
        }
    }
}
