using Network.Server.GraphQL.Mutations;

namespace Network.Server.Sessions;

/// <summary>Attendance is recorded once the session is over.</summary>
public sealed record SessionNotOverError(string Message, string SessionId, DateTimeOffset EndsAt) : UserError(Message);
