using Network.Server.GraphQL.Mutations;

namespace Network.Server.CheckIns;

public sealed record CheckInPayload(CheckIn? CheckIn, IReadOnlyList<UserError>? Errors)
{
    public static CheckInPayload Failed(IReadOnlyList<UserError> errors) => new(null, errors);
}
