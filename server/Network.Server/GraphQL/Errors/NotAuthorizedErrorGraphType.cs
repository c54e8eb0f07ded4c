namespace Network.Server.GraphQL.Errors;

public sealed class NotAuthorizedErrorGraphType : ErrorGraphType<NotAuthorizedError>;
