using GraphQL;

namespace Network.Server.Programmes;

public sealed record AcceptCodeOfConductInput([property: Id] string ProgrammeId, [property: Id] string MentorId, int Version);
