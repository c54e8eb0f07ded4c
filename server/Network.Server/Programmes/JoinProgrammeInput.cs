using GraphQL;

namespace Network.Server.Programmes;

public sealed record JoinProgrammeInput([property: Id] string ProgrammeId, [property: Id] string EmployerId);
