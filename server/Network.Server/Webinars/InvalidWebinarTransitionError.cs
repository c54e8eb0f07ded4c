using Network.Server.GraphQL.Mutations;

namespace Network.Server.Webinars;

/// <summary>The webinar's status does not allow the change: <see cref="Status"/> is where it stands.</summary>
public sealed record InvalidWebinarTransitionError(string Message, string WebinarId, WebinarStatus Status) : UserError(Message);
