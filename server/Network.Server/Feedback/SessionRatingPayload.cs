using Network.Server.GraphQL.Mutations;

namespace Network.Server.Feedback;

public sealed record SessionRatingPayload(SessionRating? Rating, IReadOnlyList<UserError>? Errors)
{
    public static SessionRatingPayload Failed(IReadOnlyList<UserError> errors) => new(null, errors);
}
