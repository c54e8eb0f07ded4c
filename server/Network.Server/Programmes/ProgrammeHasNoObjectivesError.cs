using Network.Server.GraphQL.Mutations;

namespace Network.Server.Programmes;

/// <summary>A programme opens recruitment only once it says what it sets out to achieve.</summary>
public sealed record ProgrammeHasNoObjectivesError(string Message, string ProgrammeId) : UserError(Message);
