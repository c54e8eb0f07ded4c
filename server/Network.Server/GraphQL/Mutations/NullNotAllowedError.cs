namespace Network.Server.GraphQL.Mutations;

/// <summary>A field that may be left out, to keep its value, was given as null, but the value may not be empty.</summary>
public sealed record NullNotAllowedError(string Message, string Field) : UserError(Message), IFieldError;
