using GraphQL;
using Network.Server.Skills;

namespace Network.Server.SkillsGaps;

/// <summary>Changes to an open skills gap; fields left out keep their value.</summary>
public sealed record UpdateSkillsGapInput(
    [property: Id] string SkillsGapId,
    SkillsGapSeverity? Severity,
    int? HardToFillVacancies,
    string? Description,
    Sector? Sector);
