using Network.Server.GraphQL.Mutations;

namespace Network.Server.Webinars;

/// <summary>Registrations open when a webinar is published and close when it starts, or when it is cancelled.</summary>
public sealed record RegistrationClosedError(string Message, string WebinarId, WebinarStatus Status, DateTimeOffset StartsAt) : UserError(Message);
