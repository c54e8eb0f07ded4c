using Network.Server.GraphQL.Mutations;

namespace Network.Server.Matching;

public sealed record PlanPairingsPayload(CohortPlan? Plan, IReadOnlyList<UserError>? Errors)
{
    public static PlanPairingsPayload Failed(IReadOnlyList<UserError> errors) => new(null, errors);
}
