using Network.Server.GraphQL.Mutations;

namespace Network.Server.Concerns;

/// <summary>The concern's status does not allow the action: <see cref="Status"/> is where it stands.</summary>
public sealed record InvalidConcernTransitionError(string Message, string ConcernId, ConcernStatus Status) : UserError(Message);
