namespace Network.Server.GraphQL.Errors;

public sealed record PostcodeOutsideRegionError(string Message, string Field, string Postcode) : UserError(Message);
