namespace Network.Server.GraphQL.Errors;

public sealed record OutOfRangeError(string Message, string Field, double Minimum, double Maximum) : UserError(Message);
