namespace Network.Server.GraphQL.Transport;

/// <summary>A request that is not a well-formed GraphQL-over-HTTP request; answered with the given status.</summary>
public sealed class GraphQLRequestException(int statusCode, string code, string message) : Exception(message)
{
    public int StatusCode { get; } = statusCode;

    public string Code { get; } = code;
}
