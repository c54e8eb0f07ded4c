using Network.Server.GraphQL.Mutations;

namespace Network.Server.Webinars;

/// <summary>A registration listed both as attended and as absent.</summary>
public sealed record AttendanceConflictError(string Message, string RegistrationId) : UserError(Message);
