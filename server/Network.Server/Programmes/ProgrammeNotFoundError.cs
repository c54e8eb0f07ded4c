using Network.Server.GraphQL.Mutations;

namespace Network.Server.Programmes;

public sealed record ProgrammeNotFoundError(string Message, string ProgrammeId) : UserError(Message);
