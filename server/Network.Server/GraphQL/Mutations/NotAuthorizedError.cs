namespace Network.Server.GraphQL.Mutations;

/// <summary>The caller may not do this: not signed in, the wrong role, or not the owner of the data.</summary>
public sealed record NotAuthorizedError(string Message) : UserError(Message);
