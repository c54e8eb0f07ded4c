using Network.Server.GraphQL.Mutations;

namespace Network.Server.Onboarding;

public sealed record ImportTooManyRowsError(string Message, int MaxRows) : UserError(Message);
