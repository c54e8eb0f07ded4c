using GraphQL;

namespace Network.Server.Mentors;

/// <summary>A mentor, and the mentor they block.</summary>
public sealed record BlockMentorInput([property: Id] string MentorId, [property: Id] string BlockedMentorId);
