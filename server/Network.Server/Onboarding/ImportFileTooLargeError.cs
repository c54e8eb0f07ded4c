using Network.Server.GraphQL.Mutations;

namespace Network.Server.Onboarding;

public sealed record ImportFileTooLargeError(string Message, int MaxBytes) : UserError(Message);
