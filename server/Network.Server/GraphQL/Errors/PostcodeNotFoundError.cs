namespace Network.Server.GraphQL.Errors;

public sealed record PostcodeNotFoundError(string Message, string Field, string Postcode) : UserError(Message);
