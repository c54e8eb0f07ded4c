using Network.Server.GraphQL.Mutations;

namespace Network.Server.Programmes;

public sealed record ProgrammePayload(Programme? Programme, IReadOnlyList<UserError>? Errors)
{
    public static ProgrammePayload Failed(IReadOnlyList<UserError> errors) => new(null, errors);
}
