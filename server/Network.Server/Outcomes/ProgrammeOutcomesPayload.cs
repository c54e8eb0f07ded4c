using Network.Server.GraphQL.Mutations;

namespace Network.Server.Outcomes;

public sealed record ProgrammeOutcomesPayload(ProgrammeOutcomes? Outcomes, IReadOnlyList<UserError>? Errors)
{
    public static ProgrammeOutcomesPayload Failed(IReadOnlyList<UserError> errors) => new(null, errors);
}
