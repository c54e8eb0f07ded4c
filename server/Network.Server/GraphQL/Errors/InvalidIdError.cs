namespace Network.Server.GraphQL.Errors;

public sealed record InvalidIdError(string Message, string Field, string Id, string ExpectedType) : UserError(Message);
