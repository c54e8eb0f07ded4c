using GraphQL;

namespace Network.Server.Mentors;

public sealed record WithdrawMentorInput([property: Id] string MentorId);
