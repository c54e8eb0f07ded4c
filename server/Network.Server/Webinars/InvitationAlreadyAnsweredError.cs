using Network.Server.GraphQL.Mutations;

namespace Network.Server.Webinars;

/// <summary>An invitation is answered once; a mentor who accepted and cannot come cancels their registration instead.</summary>
public sealed record InvitationAlreadyAnsweredError(string Message, string InvitationId, WebinarInvitationStatus Status) : UserError(Message);
