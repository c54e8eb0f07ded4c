namespace Network.Server.GraphQL.Errors;

public sealed record BlankValueError(string Message, string Field) : UserError(Message);
