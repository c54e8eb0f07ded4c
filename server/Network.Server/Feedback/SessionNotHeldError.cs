using Network.Server.GraphQL.Mutations;
using Network.Server.Sessions;

namespace Network.Server.Feedback;

/// <summary>A session is rated once both mentors have said it was HELD.</summary>
public sealed record SessionNotHeldError(string Message, string SessionId, SessionStatus Status) : UserError(Message);
