using Network.Server.GraphQL.Mutations;

namespace Network.Server.Webinars;

public sealed record WebinarInvitationNotFoundError(string Message, string InvitationId) : UserError(Message);
