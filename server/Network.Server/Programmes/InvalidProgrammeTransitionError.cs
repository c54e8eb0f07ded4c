using Network.Server.GraphQL.Mutations;

namespace Network.Server.Programmes;

/// <summary>The programme's status does not allow the change: <see cref="Status"/> is where it stands.</summary>
public sealed record InvalidProgrammeTransitionError(string Message, string ProgrammeId, ProgrammeStatus Status) : UserError(Message);
