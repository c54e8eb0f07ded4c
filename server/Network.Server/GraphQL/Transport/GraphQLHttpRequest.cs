using GraphQL;

namespace Network.Server.GraphQL.Transport;

/// <summary>The parameters of a GraphQL-over-HTTP request, read from a query string or a JSON body.</summary>
public sealed record GraphQLHttpRequest(string Query, string? OperationName, Inputs? Variables, Inputs? Extensions);
