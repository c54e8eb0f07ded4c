using Network.Server.GraphQL.Mutations;

namespace Network.Server.Webinars;

public sealed record WebinarNotFoundError(string Message, string WebinarId) : UserError(Message);
