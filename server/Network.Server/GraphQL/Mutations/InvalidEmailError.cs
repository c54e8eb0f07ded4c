namespace Network.Server.GraphQL.Mutations;

public sealed record InvalidEmailError(string Message, string Field) : UserError(Message), IFieldError;
