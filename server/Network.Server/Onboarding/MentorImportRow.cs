using Network.Server.Mentors;

namespace Network.Server.Onboarding;

/// <summary>A checked row of a mentors file: the employer's reference for the person, and their profile.</summary>
internal sealed record MentorImportRow(string Reference, MentorProfile Profile);
