namespace Network.Server.GraphQL.Errors;

public sealed class InvalidUrlErrorGraphType : ErrorGraphType<InvalidUrlError>;
