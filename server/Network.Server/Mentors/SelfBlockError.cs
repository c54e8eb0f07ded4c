using Network.Server.GraphQL.Mutations;

namespace Network.Server.Mentors;

/// <summary>A mentor named themself as the mentor to block or unblock.</summary>
public sealed record SelfBlockError(string Message, string MentorId) : UserError(Message);
