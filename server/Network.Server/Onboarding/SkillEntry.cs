using Network.Server.Mentors;

namespace Network.Server.Onboarding;

/// <summary>A skill of an offers or wants cell, as written (a slug or a name), with its level.</summary>
internal readonly record struct SkillEntry(string Skill, SkillLevel Level);
