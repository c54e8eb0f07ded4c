using Network.Server.GraphQL.Mutations;

namespace Network.Server.Employers;

public sealed record EmployerNotFoundError(string Message, string EmployerId) : UserError(Message);
