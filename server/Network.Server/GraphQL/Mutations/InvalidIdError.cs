namespace Network.Server.GraphQL.Mutations;

public sealed record InvalidIdError(string Message, string Field, string Id, string ExpectedType) : UserError(Message), IFieldError;
