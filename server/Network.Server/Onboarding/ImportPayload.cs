using Network.Server.GraphQL.Mutations;

namespace Network.Server.Onboarding;

public sealed record ImportPayload(ImportReport? Import, IReadOnlyList<UserError>? Errors)
{
    public static ImportPayload Failed(IReadOnlyList<UserError> errors) => new(null, errors);
}
