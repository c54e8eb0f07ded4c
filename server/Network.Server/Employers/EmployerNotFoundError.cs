using Network.Server.GraphQL.Errors;

namespace Network.Server.Employers;

public sealed record EmployerNotFoundError(string Message, string EmployerId) : UserError(Message);
