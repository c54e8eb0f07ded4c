using System.ComponentModel;
using GraphQL;

namespace Network.Server.Agreements;

/// <summary>One goal of a proposed agreement.</summary>
public sealed record AgreementGoalInput(
    [property: Description("What the owner wants to learn, in a sentence: up to 200 characters.")] string Statement,
    [property: Id, Description("The skill the goal is about: one the owner's partner teaches them in the pairing.")] string SkillId,
    [property: Id, Description("The mentor whose goal it is: one of the pairing's two.")] string OwnerMentorId);
