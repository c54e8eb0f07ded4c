using Network.Server.GraphQL.Errors;

namespace Network.Server.Employers;

public sealed class EmployerNotFoundErrorGraphType : ErrorGraphType<EmployerNotFoundError>;
