using Network.Server.GraphQL.Errors;

namespace Network.Server.Mentors;

public sealed record MentorWithdrawnError(string Message, string MentorId) : UserError(Message);
