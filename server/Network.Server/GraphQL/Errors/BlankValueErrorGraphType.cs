namespace Network.Server.GraphQL.Errors;

public sealed class BlankValueErrorGraphType : ErrorGraphType<BlankValueError>;
