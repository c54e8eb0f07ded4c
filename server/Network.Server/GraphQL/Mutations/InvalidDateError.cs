namespace Network.Server.GraphQL.Mutations;

/// <summary>A date or time that is well formed but not allowed where it is: in the future, or out of order with another.</summary>
public sealed record InvalidDateError(string Message, string Field) : UserError(Message);
