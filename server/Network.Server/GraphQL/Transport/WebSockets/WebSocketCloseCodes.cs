namespace Network.Server.GraphQL.Transport.WebSockets;

/// <summary>The close codes and reasons of the <c>graphql-transport-ws</c> protocol that this server sends (the legacy <c>graphql-ws</c> subprotocol uses 1001, 1011, 1013 and 4403).</summary>
public static class WebSocketCloseCodes
{
    /// <summary>A message that is not JSON, has an unknown type, or lacks a field its type needs.</summary>
    public const int BadRequest = 4400;

    /// <summary>An operation message before the server acknowledged the connection.</summary>
    public const int Unauthorized = 4401;

    /// <summary>An <c>Authorization</c> in the <c>connection_init</c> payload that does not validate.</summary>
    public const int Forbidden = 4403;

    /// <summary>No <c>connection_init</c> within <see cref="GraphQLWebSocketOptions.ConnectionInitTimeout"/>.</summary>
    public const int ConnectionInitialisationTimeout = 4408;

    /// <summary>A <c>subscribe</c> whose id is already running on the connection.</summary>
    public const int SubscriberAlreadyExists = 4409;

    /// <summary>A second <c>connection_init</c>.</summary>
    public const int TooManyInitialisationRequests = 4429;

    /// <summary>A subscriber fell too far behind (WebSocket's own "try again later"): the server drops it rather than queue without bound.</summary>
    public const int TryAgainLater = 1013;

    /// <summary>The server is shutting down (WebSocket's own "going away"); the client may reconnect, to another instance.</summary>
    public const int GoingAway = 1001;

    /// <summary>The legacy <c>graphql-ws</c> subprotocol's close after a <c>connection_error</c>, as its reference server sends it.</summary>
    public const int LegacyConnectionError = 1011;

    public const string UnauthorizedReason = "Unauthorized";

    public const string GoingAwayReason = "Server shutting down";

    /// <summary>The reason of the 4403 close when the caller's token expires on an open connection.</summary>
    public const string TokenExpiredReason = "Forbidden: the token expired";

    public const string ForbiddenReason = "Forbidden";

    public const string ConnectionInitialisationTimeoutReason = "Connection initialisation timeout";

    public const string TooManyInitialisationRequestsReason = "Too many initialisation requests";

    public static string SubscriberAlreadyExistsReason(string id) => $"Subscriber for {id} already exists";
}
