namespace Network.Server.GraphQL.Mutations;

public sealed record OutOfRangeError(string Message, string Field, double Minimum, double Maximum) : UserError(Message), IFieldError;
