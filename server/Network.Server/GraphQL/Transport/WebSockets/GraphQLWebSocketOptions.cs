namespace Network.Server.GraphQL.Transport.WebSockets;

/// <summary>Settings of GraphQL over WebSockets, in <c>GraphQL:WebSockets</c>.</summary>
public sealed class GraphQLWebSocketOptions
{
    public const string Section = "GraphQL:WebSockets";

    /// <summary>How long a client has, after the upgrade, to send <c>connection_init</c>.</summary>
    public TimeSpan ConnectionInitTimeout { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>How often the legacy <c>graphql-ws</c> subprotocol sends <c>ka</c> (keep-alive) after the <c>connection_ack</c>.</summary>
    public TimeSpan KeepAliveInterval { get; set; } = TimeSpan.FromSeconds(15);
}
