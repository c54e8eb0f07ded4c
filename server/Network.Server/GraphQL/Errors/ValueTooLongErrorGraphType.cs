namespace Network.Server.GraphQL.Errors;

public sealed class ValueTooLongErrorGraphType : ErrorGraphType<ValueTooLongError>;
