using Network.Server.GraphQL.Mutations;

namespace Network.Server.Webinars;

public sealed record WebinarRegistrationPayload(WebinarRegistration? Registration, IReadOnlyList<UserError>? Errors)
{
    public static WebinarRegistrationPayload Failed(IReadOnlyList<UserError> errors) => new(null, errors);
}
