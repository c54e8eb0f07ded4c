using Network.Server.GraphQL.Mutations;

namespace Network.Server.Geo;

public sealed record PostcodeOutsideRegionError(string Message, string Field, string Postcode) : UserError(Message), IFieldError;
