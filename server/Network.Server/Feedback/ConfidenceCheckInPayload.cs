using Network.Server.GraphQL.Mutations;

namespace Network.Server.Feedback;

public sealed record ConfidenceCheckInPayload(IReadOnlyList<ConfidenceRating>? Ratings, IReadOnlyList<UserError>? Errors)
{
    public static ConfidenceCheckInPayload Failed(IReadOnlyList<UserError> errors) => new(null, errors);
}
