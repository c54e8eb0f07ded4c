using Network.Server.GraphQL.Mutations;

namespace Network.Server.Programmes;

/// <summary>The mentor has not accepted the current version of the programme's code of conduct.</summary>
public sealed record ConductNotAcceptedError(string Message, string MentorId, int CurrentVersion) : UserError(Message);
