using Network.Server.GraphQL.Mutations;

namespace Network.Server.Webinars;

/// <summary>Attendance is recorded once the webinar has started, at <see cref="StartsAt"/>.</summary>
public sealed record WebinarNotStartedError(string Message, string WebinarId, DateTimeOffset StartsAt) : UserError(Message);
