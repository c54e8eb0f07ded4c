using Network.Server.GraphQL.Mutations;

namespace Network.Server.Webinars;

public sealed record InviteToWebinarPayload(IReadOnlyList<WebinarInvitation>? Invitations, IReadOnlyList<UserError>? Errors)
{
    public static InviteToWebinarPayload Failed(IReadOnlyList<UserError> errors) => new(null, errors);
}
