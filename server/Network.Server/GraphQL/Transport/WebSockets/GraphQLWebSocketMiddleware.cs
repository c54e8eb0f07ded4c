using GraphQL;
using Microsoft.Extensions.Options;
using Network.Server.GraphQL.Budgets;
using Network.Server.GraphQL.Subscriptions;

namespace Network.Server.GraphQL.Transport.WebSockets;

/// <summary>
/// Upgrades a request on <c>/graphql</c> to a WebSocket speaking <c>graphql-transport-ws</c>, or the legacy
/// <c>graphql-ws</c> (Apollo's subscriptions-transport-ws) when only that is offered. An upgrade that offers
/// neither subprotocol is refused with 400 before the upgrade (the protocol allows closing with 4406 after it;
/// refusing first tells a client so without opening a socket), and one a browser sent from a site that is not
/// allowed with 403, as over HTTP. When the server shuts down, every connection is closed with 1001 (going away), so
/// that clients reconnect to another instance while this one finishes the requests in flight.
/// </summary>
public sealed class GraphQLWebSocketMiddleware(
    IServiceProvider services,
    IGraphQLTextSerializer serializer,
    CrossSiteRequestGuard crossSiteGuard,
    IOptions<GraphQLWebSocketOptions> options,
    IHostApplicationLifetime lifetime)
{
    private readonly Lazy<GraphQLWebSocketServices> _services = new(() => new GraphQLWebSocketServices(
        options.Value,
        serializer,
        services.GetRequiredService<GraphQLRequestReader>(),
        services.GetRequiredService<PayloadAuthentication>(),
        services.GetRequiredService<SubscriptionExecution>(),
        services.GetRequiredService<SubscriptionQuota>(),
        services.GetRequiredService<TimeProvider>(),
        services.GetRequiredService<IOptions<RequestBudgetOptions>>().Value.MaxRequestBytes));

    public const string Subprotocol = "graphql-transport-ws";

    /// <summary>The legacy subprotocol, chosen only when the client does not offer <see cref="Subprotocol"/>.</summary>
    public const string LegacySubprotocol = "graphql-ws";

    public const string SubprotocolNotAcceptableCode = "SUBPROTOCOL_NOT_ACCEPTABLE";

    public async Task InvokeAsync(HttpContext context)
    {
        var requested = context.WebSockets.WebSocketRequestedProtocols;
        var subprotocol = requested.Contains(Subprotocol, StringComparer.Ordinal) ? Subprotocol
            : requested.Contains(LegacySubprotocol, StringComparer.Ordinal) ? LegacySubprotocol
            : null;
        if (subprotocol is null)
        {
            await GraphQLErrorResponse.WriteAsync(context, serializer, ResponseMediaType.Json, StatusCodes.Status400BadRequest, SubprotocolNotAcceptableCode,
                $"Subprotocol not acceptable: ask for {Subprotocol} (or the legacy {LegacySubprotocol}) in Sec-WebSocket-Protocol.");
            return;
        }

        if (crossSiteGuard.Rejects(context.Request))
        {
            await GraphQLErrorResponse.WriteAsync(context, serializer, ResponseMediaType.Json, StatusCodes.Status403Forbidden, CrossSiteRequestGuard.Code,
                "WebSocket connections are accepted from this server's own pages and the allowed origins only.");
            return;
        }

        using var socket = await context.WebSockets.AcceptWebSocketAsync(subprotocol);
        var callerAddress = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        using GraphQLWebSocketSession connection = subprotocol == LegacySubprotocol
            ? new LegacyGraphQLWebSocketConnection(socket, context.User, callerAddress, _services.Value)
            : new GraphQLWebSocketConnection(socket, context.User, callerAddress, _services.Value);
        using var stopping = lifetime.ApplicationStopping.Register(() => _ = connection.GoAwayAsync());
        await connection.RunAsync(context.RequestAborted);
    }
}
