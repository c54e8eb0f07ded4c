using Network.Server.GraphQL.Mutations;

namespace Network.Server.Sessions;

/// <summary>The session's status does not allow the change.</summary>
public sealed record InvalidSessionTransitionError(string Message, string SessionId, SessionStatus Status) : UserError(Message);
