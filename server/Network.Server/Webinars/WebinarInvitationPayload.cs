using Network.Server.GraphQL.Mutations;

namespace Network.Server.Webinars;

public sealed record WebinarInvitationPayload(WebinarInvitation? Invitation, IReadOnlyList<UserError>? Errors)
{
    public static WebinarInvitationPayload Failed(IReadOnlyList<UserError> errors) => new(null, errors);
}
