namespace Network.Server.GraphQL.Errors;

public sealed record InvalidPostcodeError(string Message, string Field, string Postcode) : UserError(Message);
