namespace Network.Server.GraphQL.Errors;

public sealed record InvalidEmailError(string Message, string Field) : UserError(Message);
