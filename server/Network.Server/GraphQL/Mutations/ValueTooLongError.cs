namespace Network.Server.GraphQL.Mutations;

public sealed record ValueTooLongError(string Message, string Field, int MaxLength) : UserError(Message), IFieldError;
