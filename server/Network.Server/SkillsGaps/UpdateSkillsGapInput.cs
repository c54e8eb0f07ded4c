using GraphQL;
using Network.Server.GraphQL.Mutations;
using Network.Server.Skills;

namespace Network.Server.SkillsGaps;

/// <summary>Changes to an open skills gap; fields left out keep their value, a description given as null is removed, and the other fields may not be null.</summary>
public sealed record UpdateSkillsGapInput(
    [property: Id] string SkillsGapId,
    Optional<SkillsGapSeverity?> Severity,
    Optional<int?> HardToFillVacancies,
    Optional<string?> Description,
    Optional<Sector?> Sector);
