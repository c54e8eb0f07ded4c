using Network.Server.GraphQL.Mutations;

namespace Network.Server.Programmes;

/// <summary>The version of the code of conduct accepted is not the current one, which <see cref="CurrentVersion"/> gives.</summary>
public sealed record ConductVersionMismatchError(string Message, int CurrentVersion) : UserError(Message);
