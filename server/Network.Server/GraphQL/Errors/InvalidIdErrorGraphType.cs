namespace Network.Server.GraphQL.Errors;

public sealed class InvalidIdErrorGraphType : ErrorGraphType<InvalidIdError>;
