namespace Network.Server.Scoring;

/// <summary>
/// How much each part of a pair's score weighs (configuration section <c>Matching:Weights</c>). The
/// defaults make a two-way exchange worth more than any one-way pairing with the same skills.
/// </summary>
public sealed record MatchingWeights
{
    public const string Section = "Matching:Weights";

    /// <summary>Each skill one partner can teach that the other wants, at a level above the learner's.</summary>
    public double SkillTaught { get; init; } = 10;

    /// <summary>Once, when skills flow both ways: reciprocity is the point of the programme.</summary>
    public double TwoWayExchange { get; init; } = 20;

    /// <summary>Each direction in which the teacher is at an earlier career stage than the learner.</summary>
    public double ReverseMentoring { get; init; } = 6;

    /// <summary>Each taught skill that addresses an open skills gap published by the learner's employer.</summary>
    public double GapAddressed { get; init; } = 8;

    /// <summary>Once, when both employers are in the same sector.</summary>
    public double SameSector { get; init; } = 4;

    /// <summary>Each availability slot both partners share.</summary>
    public double SharedAvailability { get; init; } = 2;

    /// <summary>Within a programme: each taught skill that the programme's objectives target.</summary>
    public double ObjectiveSkill { get; init; } = 6;

    /// <summary>Within a programme: each taught skill that addresses a skills gap one of its objectives names.</summary>
    public double ObjectiveGap { get; init; } = 12;

    /// <summary>Subtracted per kilometre between partners who will meet in person (in-person and hybrid pairs).</summary>
    public double PerKilometreApart { get; init; } = 0.25;
}
