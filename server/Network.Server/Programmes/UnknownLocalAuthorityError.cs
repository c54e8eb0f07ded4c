using Network.Server.GraphQL.Mutations;

namespace Network.Server.Programmes;

/// <summary>A local authority code that is not one of the region's.</summary>
public sealed record UnknownLocalAuthorityError(string Message, string Field, string Code) : UserError(Message);
