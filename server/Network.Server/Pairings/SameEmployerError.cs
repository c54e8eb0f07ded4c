using Network.Server.GraphQL.Mutations;

namespace Network.Server.Pairings;

/// <summary>The two mentors work for the same employer (or are one mentor): pairings are across companies.</summary>
public sealed record SameEmployerError(string Message, string MentorId, string PartnerId) : UserError(Message);
