using GraphQL;
using Network.Server.Skills;

namespace Network.Server.SkillsGaps;

/// <summary>A new skills gap; the sector defaults to the employer's.</summary>
public sealed record PublishSkillsGapInput(
    [property: Id] string EmployerId,
    [property: Id] string SkillId,
    SkillsGapSeverity Severity,
    int HardToFillVacancies,
    string? Description,
    Sector? Sector);
