using GraphQL;

namespace Network.Server.Webinars;

public sealed record RespondToWebinarInvitationInput([property: Id] string InvitationId, WebinarInvitationResponse Response);
