using System.ComponentModel;
using GraphQL;

namespace Network.Server.Feedback;

/// <summary>One skill of a confidence check-in.</summary>
public sealed record ConfidenceRatingInput(
    [property: Id, Description("A skill the caller's partner teaches them in the pairing.")] string SkillId,
    [property: Description("How confident the caller is in the skill, 1 to 5.")] int Confidence);
