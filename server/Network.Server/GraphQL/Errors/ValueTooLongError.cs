namespace Network.Server.GraphQL.Errors;

public sealed record ValueTooLongError(string Message, string Field, int MaxLength) : UserError(Message);
