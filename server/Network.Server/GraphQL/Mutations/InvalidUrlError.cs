namespace Network.Server.GraphQL.Mutations;

public sealed record InvalidUrlError(string Message, string Field) : UserError(Message), IFieldError;
