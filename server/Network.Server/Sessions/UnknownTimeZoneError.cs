using Network.Server.GraphQL.Mutations;

namespace Network.Server.Sessions;

/// <summary>The time zone is not an IANA time zone such as Europe/London.</summary>
public sealed record UnknownTimeZoneError(string Message, string Field) : UserError(Message), IFieldError;
