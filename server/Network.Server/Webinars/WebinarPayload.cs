using Network.Server.GraphQL.Mutations;

namespace Network.Server.Webinars;

public sealed record WebinarPayload(Webinar? Webinar, IReadOnlyList<UserError>? Errors)
{
    public static WebinarPayload Failed(IReadOnlyList<UserError> errors) => new(null, errors);
}
