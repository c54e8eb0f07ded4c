using Network.Server.GraphQL.Mutations;

namespace Network.Server.Programmes;

/// <summary>The programme has as many mentors enrolled as its pairs can take.</summary>
public sealed record ProgrammeFullError(string Message, int MaxPairs) : UserError(Message);
