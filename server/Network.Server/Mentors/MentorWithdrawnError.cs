using Network.Server.GraphQL.Mutations;

namespace Network.Server.Mentors;

public sealed record MentorWithdrawnError(string Message, string MentorId) : UserError(Message);
