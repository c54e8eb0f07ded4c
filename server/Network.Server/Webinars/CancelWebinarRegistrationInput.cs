using GraphQL;

namespace Network.Server.Webinars;

public sealed record CancelWebinarRegistrationInput([property: Id] string RegistrationId);
