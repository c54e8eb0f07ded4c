using Network.Server.GraphQL.Mutations;

namespace Network.Server.Programmes;

public sealed record ProgrammeObjectivePayload(ProgrammeObjective? Objective, IReadOnlyList<UserError>? Errors)
{
    public static ProgrammeObjectivePayload Failed(IReadOnlyList<UserError> errors) => new(null, errors);
}
