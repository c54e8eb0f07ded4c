namespace Network.Server.GraphQL.Mutations;

/// <summary>A typed error a mutation returns in its payload; every one implements the GraphQL <c>Error</c> interface.</summary>
public abstract record UserError(string Message);
