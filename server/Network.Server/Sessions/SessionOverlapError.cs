using Network.Server.GraphQL.Mutations;

namespace Network.Server.Sessions;

/// <summary>One of the two mentors has another session at that time; <see cref="MentorId"/> says which.</summary>
public sealed record SessionOverlapError(string Message, string MentorId) : UserError(Message);
