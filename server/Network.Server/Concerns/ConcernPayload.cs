using Network.Server.GraphQL.Mutations;

namespace Network.Server.Concerns;

public sealed record ConcernPayload(ConcernReport? Concern, IReadOnlyList<UserError>? Errors)
{
    public static ConcernPayload Failed(IReadOnlyList<UserError> errors) => new(null, errors);
}
