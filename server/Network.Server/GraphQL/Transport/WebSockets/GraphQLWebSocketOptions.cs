namespace Network.Server.GraphQL.Transport.WebSockets;

/// <summary>Settings of GraphQL over WebSockets, in <c>GraphQL:WebSockets</c>.</summary>
public sealed class GraphQLWebSocketOptions
{
    public const string Section = "GraphQL:WebSockets";

    /// <summary>How long a client has, after the upgrade, to send <c>connection_init</c>.</summary>
    public TimeSpan ConnectionInitTimeout { get; set; } = TimeSpan.FromSeconds(3);
}
