using Network.Server.GraphQL.Mutations;

namespace Network.Server.Sessions;

/// <summary>No session has the ID, or none the caller may see.</summary>
public sealed record SessionNotFoundError(string Message, string SessionId) : UserError(Message);
