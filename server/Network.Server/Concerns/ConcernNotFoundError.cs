using Network.Server.GraphQL.Mutations;

namespace Network.Server.Concerns;

/// <summary>No concern has the ID, or none the caller may see.</summary>
public sealed record ConcernNotFoundError(string Message, string ConcernId) : UserError(Message);
