using GraphQL;

namespace Network.Server.Mentors;

public sealed record MentorSkillInput([property: Id] string SkillId, SkillLevel Level);
