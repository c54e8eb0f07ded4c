using GraphQL;

namespace Network.Server.Programmes;

public sealed record NominateForProgrammeInput([property: Id] string ProgrammeId, [property: Id] string MentorId);
