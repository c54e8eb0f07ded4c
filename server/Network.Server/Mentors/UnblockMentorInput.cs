using GraphQL;

namespace Network.Server.Mentors;

/// <summary>A mentor, and the mentor whose block they lift.</summary>
public sealed record UnblockMentorInput([property: Id] string MentorId, [property: Id] string BlockedMentorId);
