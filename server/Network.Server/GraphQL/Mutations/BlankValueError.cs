namespace Network.Server.GraphQL.Mutations;

public sealed record BlankValueError(string Message, string Field) : UserError(Message), IFieldError;
