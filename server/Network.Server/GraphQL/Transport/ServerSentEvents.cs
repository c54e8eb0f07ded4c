using System.Security.Claims;
using System.Text;
using GraphQL;
using GraphQLParser;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using Network.Server.GraphQL.Subscriptions;

namespace Network.Server.GraphQL.Transport;

/// <summary>Settings of GraphQL over server-sent events, in <c>GraphQL:ServerSentEvents</c>.</summary>
public sealed class ServerSentEventOptions
{
    public const string Section = "GraphQL:ServerSentEvents";

    /// <summary>How often an open stream gets a comment line (<c>:</c>), so that proxies do not drop an idle one.</summary>
    public TimeSpan KeepAliveInterval { get; set; } = TimeSpan.FromSeconds(15);
}

/// <summary>
/// GraphQL over server-sent events, the graphql-sse protocol's "distinct connections mode": a GET or POST on
/// <c>/graphql</c> that accepts <c>text/event-stream</c> is answered with a stream of <c>next</c> events, one per result
/// (one for a query or mutation, one per event for a subscription, run by <see cref="SubscriptionExecution"/>), and a
/// <c>complete</c> event at the end. As the protocol asks, an operation refused once the request was read (a document
/// that does not parse or validate, a subscription not allowed, a quota reached) is streamed too, as a <c>next</c> with
/// the errors and <c>complete</c>; a request that cannot be read is answered as over HTTP (400, 413, 415 in JSON), and a
/// mutation over GET with 405. The stream ends when the client disconnects; when the caller's token expires, or the
/// subscriber falls too far behind, it ends with a <c>next</c> carrying one error (<see cref="TokenExpiredCode"/>,
/// <see cref="SlowSubscriberCode"/>) and <c>complete</c>; when the server shuts down, with <c>complete</c>. A comment line every
/// <see cref="ServerSentEventOptions.KeepAliveInterval"/> keeps an idle stream open.
/// </summary>
public sealed class ServerSentEvents(
    SubscriptionExecution execution,
    SubscriptionQuota quotas,
    IGraphQLTextSerializer serializer,
    GraphQLRequestReader reader,
    TimeProvider clock,
    IOptions<ServerSentEventOptions> options,
    IHostApplicationLifetime lifetime)
{
    public const string MediaType = "text/event-stream";

    public const string TokenExpiredCode = "TOKEN_EXPIRED";

    public const string SlowSubscriberCode = "SLOW_SUBSCRIBER";

    private const string SubjectClaim = "sub";

    private static readonly byte[] KeepAlive = ":\n\n"u8.ToArray();

    private static readonly byte[] Complete = "event: complete\ndata:\n\n"u8.ToArray();

    /// <summary>Whether the Accept header asks for an event stream, at least as much as for a JSON response.</summary>
    public static bool IsRequested(HttpRequest request)
    {
        if (!MediaTypeHeaderValue.TryParseList(request.Headers.Accept, out var values))
        {
            return false;
        }

        double stream = 0, json = 0;
        foreach (var value in values)
        {
            var quality = value.Quality ?? 1;
            if (value.MediaType.Equals(MediaType, StringComparison.OrdinalIgnoreCase))
            {
                stream = Math.Max(stream, quality);
            }
            else if (value.MediaType.Equals(ResponseMediaType.Json, StringComparison.OrdinalIgnoreCase)
                || value.MediaType.Equals(ResponseMediaType.GraphQLResponse, StringComparison.OrdinalIgnoreCase))
            {
                json = Math.Max(json, quality);
            }
        }

        return stream > 0 && stream >= json;
    }

    public async Task RunAsync(HttpContext context, bool isGet)
    {
        GraphQLHttpRequest request;
        try
        {
            request = isGet ? reader.ReadGet(context.Request) : await reader.ReadPostAsync(context.Request, context.RequestAborted);
        }
        catch (GraphQLRequestException exception)
        {
            await GraphQLErrorResponse.WriteAsync(context, serializer, ResponseMediaType.Json, exception.StatusCode, exception.Code, exception.Message);
            return;
        }

        if (isGet && IsMutation(request))
        {
            context.Response.Headers.Allow = "POST";
            await GraphQLErrorResponse.WriteAsync(context, serializer, ResponseMediaType.Json, StatusCodes.Status405MethodNotAllowed, QueriesOnlyOverGetRule.Code,
                "mutation operations are not allowed over GET; use POST.");
            return;
        }

        var aborted = context.RequestAborted;
        var user = context.User;
        var quota = quotas.ForConnection(user.FindFirst(SubjectClaim)?.Value ?? context.Connection.RemoteIpAddress?.ToString() ?? "unknown");
        using var expiry = TokenExpiry(user);
        var stopping = lifetime.ApplicationStopping;
        using var operation = CancellationTokenSource.CreateLinkedTokenSource(aborted, expiry.Token, stopping);
        using var gate = new SemaphoreSlim(1, 1);

        var response = context.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = $"{MediaType}; charset=utf-8";
        response.Headers.CacheControl = "no-cache";
        response.Headers["X-Accel-Buffering"] = "no";
        context.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();
        await response.StartAsync(aborted);
        await response.Body.FlushAsync(aborted);

        using var keepAliveStop = CancellationTokenSource.CreateLinkedTokenSource(operation.Token);
        var keepAlive = KeepAliveAsync(response.Body, gate, keepAliveStop.Token);
        try
        {
            await foreach (var outcome in execution.RunAsync(request, () => user, quota, operation.Token))
            {
                await WriteAsync(response.Body, gate, Next(serializer.Serialize(outcome.Result)), aborted);
            }

            await WriteAsync(response.Body, gate, Complete, aborted);
        }
        catch (Exception exception) when (exception.IsSlowSubscriber())
        {
            await EndWithErrorAsync(response.Body, gate, SlowSubscriberCode, exception.InnerException?.Message ?? exception.Message, aborted);
        }
        catch (OperationCanceledException) when (expiry.IsCancellationRequested && !aborted.IsCancellationRequested)
        {
            await EndWithErrorAsync(response.Body, gate, TokenExpiredCode, "The token expired; subscribe again with a new one.", aborted);
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested && !aborted.IsCancellationRequested)
        {
            // The server is shutting down: the stream ends as a finished one does, and the client subscribes again elsewhere.
            await EndAsync(response.Body, gate, aborted);
        }
        catch (Exception exception) when (exception is OperationCanceledException or IOException or ObjectDisposedException)
        {
            // The client went away.
        }
        finally
        {
            await keepAliveStop.CancelAsync();
            await keepAlive;
        }
    }

    /// <summary>Whether the operation the request runs is a mutation; a document that does not parse is left to the executor to report.</summary>
    private static bool IsMutation(GraphQLHttpRequest request)
    {
        GraphQLDocument document;
        try
        {
            document = Parser.Parse(request.Query);
        }
        catch (GraphQLSyntaxErrorException)
        {
            return false;
        }

        var operations = document.Definitions.OfType<GraphQLOperationDefinition>().ToList();
        var chosen = request.OperationName is { } name
            ? operations.Find(o => o.Name?.StringValue == name)
            : operations.Count == 1 ? operations[0] : null;
        return chosen?.Operation == OperationType.Mutation;
    }

    /// <summary>Cancels when the caller's token expires; never for a caller without one.</summary>
    private CancellationTokenSource TokenExpiry(ClaimsPrincipal user)
    {
        if (user.FindFirst("exp")?.Value is not { } exp || !long.TryParse(exp, out var seconds))
        {
            return new CancellationTokenSource();
        }

        var left = DateTimeOffset.FromUnixTimeSeconds(seconds) - clock.GetUtcNow();
        return new CancellationTokenSource(left > TimeSpan.Zero ? left : TimeSpan.Zero, clock);
    }

    private async Task KeepAliveAsync(Stream body, SemaphoreSlim gate, CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(options.Value.KeepAliveInterval, clock);
        try
        {
            while (await timer.WaitForNextTickAsync(cancellationToken))
            {
                await WriteAsync(body, gate, KeepAlive, cancellationToken);
            }
        }
        catch (Exception exception) when (exception is OperationCanceledException or IOException or ObjectDisposedException)
        {
            // The stream ended.
        }
    }

    private async Task EndWithErrorAsync(Stream body, SemaphoreSlim gate, string code, string message, CancellationToken cancellationToken)
    {
        try
        {
            var result = new ExecutionResult { Errors = [new ExecutionError(message) { Code = code }] };
            await WriteAsync(body, gate, Next(serializer.Serialize(result)), cancellationToken);
            await WriteAsync(body, gate, Complete, cancellationToken);
        }
        catch (Exception exception) when (exception is OperationCanceledException or IOException or ObjectDisposedException)
        {
            // The client went away meanwhile.
        }
    }

    private static async Task EndAsync(Stream body, SemaphoreSlim gate, CancellationToken cancellationToken)
    {
        try
        {
            await WriteAsync(body, gate, Complete, cancellationToken);
        }
        catch (Exception exception) when (exception is OperationCanceledException or IOException or ObjectDisposedException)
        {
            // The client went away meanwhile.
        }
    }

    /// <summary>A <c>next</c> event; should the JSON span lines, each is a <c>data:</c> line of its own, as the event-stream format joins them.</summary>
    private static byte[] Next(string json) => Encoding.UTF8.GetBytes($"event: next\ndata: {json.ReplaceLineEndings("\ndata: ")}\n\n");

    private static async Task WriteAsync(Stream body, SemaphoreSlim gate, byte[] bytes, CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            await body.WriteAsync(bytes, cancellationToken);
            await body.FlushAsync(cancellationToken);
        }
        finally
        {
            gate.Release();
        }
    }
}
