using Network.Server.GraphQL.Mutations;

namespace Network.Server.Pairings;

/// <summary>The mentor already holds as many accepted, active and paused pairings as their capacity allows.</summary>
public sealed record MentorAtCapacityError(string Message, string MentorId, int Capacity) : UserError(Message);
