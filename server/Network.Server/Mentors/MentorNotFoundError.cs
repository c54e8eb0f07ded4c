using Network.Server.GraphQL.Errors;

namespace Network.Server.Mentors;

public sealed record MentorNotFoundError(string Message, string MentorId) : UserError(Message);
