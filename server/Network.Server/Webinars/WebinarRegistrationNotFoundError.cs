using Network.Server.GraphQL.Mutations;

namespace Network.Server.Webinars;

public sealed record WebinarRegistrationNotFoundError(string Message, string RegistrationId) : UserError(Message);
