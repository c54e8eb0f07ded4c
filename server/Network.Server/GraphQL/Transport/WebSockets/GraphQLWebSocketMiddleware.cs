using GraphQL;
using Microsoft.Extensions.Options;

namespace Network.Server.GraphQL.Transport.WebSockets;

/// <summary>
/// Upgrades a request on <c>/graphql</c> to a WebSocket speaking <c>graphql-transport-ws</c>. An upgrade
/// that does not offer that subprotocol is refused with 400 before the upgrade (the protocol allows closing
/// with 4406 after it; refusing first tells a client so without opening a socket), and one a browser sent
/// from a site that is not allowed with 403, as over HTTP.
/// </summary>
public sealed class GraphQLWebSocketMiddleware(
    IServiceProvider services,
    IGraphQLTextSerializer serializer,
    CrossSiteRequestGuard crossSiteGuard,
    IOptions<GraphQLWebSocketOptions> options)
{
    public const string Subprotocol = "graphql-transport-ws";

    public const string SubprotocolNotAcceptableCode = "SUBPROTOCOL_NOT_ACCEPTABLE";

    public async Task InvokeAsync(HttpContext context)
    {
        if (!context.WebSockets.WebSocketRequestedProtocols.Contains(Subprotocol, StringComparer.Ordinal))
        {
            await GraphQLErrorResponse.WriteAsync(context, serializer, ResponseMediaType.Json, StatusCodes.Status400BadRequest, SubprotocolNotAcceptableCode,
                $"Subprotocol not acceptable: ask for {Subprotocol} in Sec-WebSocket-Protocol.");
            return;
        }

        if (crossSiteGuard.Rejects(context.Request))
        {
            await GraphQLErrorResponse.WriteAsync(context, serializer, ResponseMediaType.Json, StatusCodes.Status403Forbidden, CrossSiteRequestGuard.Code,
                "WebSocket connections are accepted from this server's own pages and the allowed origins only.");
            return;
        }

        using var socket = await context.WebSockets.AcceptWebSocketAsync(Subprotocol);
        using var connection = ActivatorUtilities.CreateInstance<GraphQLWebSocketConnection>(
            services, socket, context.User, context.Connection.RemoteIpAddress?.ToString() ?? "unknown", options.Value);
        await connection.RunAsync(context.RequestAborted);
    }
}
