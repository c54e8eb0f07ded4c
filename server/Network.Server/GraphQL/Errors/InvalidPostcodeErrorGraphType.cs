namespace Network.Server.GraphQL.Errors;

public sealed class InvalidPostcodeErrorGraphType : ErrorGraphType<InvalidPostcodeError>;
