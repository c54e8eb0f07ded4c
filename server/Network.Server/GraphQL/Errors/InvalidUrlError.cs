namespace Network.Server.GraphQL.Errors;

public sealed record InvalidUrlError(string Message, string Field) : UserError(Message);
