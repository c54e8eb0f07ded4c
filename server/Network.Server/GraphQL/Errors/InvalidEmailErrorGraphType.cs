namespace Network.Server.GraphQL.Errors;

public sealed class InvalidEmailErrorGraphType : ErrorGraphType<InvalidEmailError>;
