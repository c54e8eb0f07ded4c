using Network.Server.GraphQL.Mutations;

namespace Network.Server.Mentors;

public sealed record MentorNotFoundError(string Message, string MentorId) : UserError(Message);
