using Network.Server.GraphQL.Mutations;

namespace Network.Server.Feedback;

public sealed record PairingSurveyPayload(PairingSurvey? Survey, IReadOnlyList<UserError>? Errors)
{
    public static PairingSurveyPayload Failed(IReadOnlyList<UserError> errors) => new(null, errors);
}
