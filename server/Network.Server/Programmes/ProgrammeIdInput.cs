using GraphQL;

namespace Network.Server.Programmes;

/// <summary>A programme to open, start or complete.</summary>
public sealed record ProgrammeIdInput([property: Id] string ProgrammeId);
