using Network.Server.Skills;
using Network.Server.SkillsGaps;

namespace Network.Server.Onboarding;

/// <summary>A checked row of a skills gaps file; without a sector, the gap is felt in the employer's.</summary>
internal sealed record SkillsGapImportRow(string Reference, int SkillId, SkillsGapSeverity Severity, int HardToFillVacancies, string? Description, Sector? Sector);
