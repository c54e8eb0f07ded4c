using Network.Server.GraphQL.Mutations;

namespace Network.Server.Onboarding;

/// <summary>The file has problems, so nothing was imported; each problem names its row and column.</summary>
public sealed record ImportRejectedError(string Message, int Rejected, IReadOnlyList<ImportRowProblem> Problems) : UserError(Message);
