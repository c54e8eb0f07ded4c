using Network.Server.GraphQL.Mutations;

namespace Network.Server.Programmes;

public sealed record ObjectiveNotFoundError(string Message, string ObjectiveId) : UserError(Message);
