namespace Network.Server.GraphQL.Errors;

public sealed class OutOfRangeErrorGraphType : ErrorGraphType<OutOfRangeError>;
