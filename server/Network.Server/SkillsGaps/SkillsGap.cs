using System.ComponentModel.DataAnnotations.Schema;
using Network.Server.Employers;
using Network.Server.GraphQL.Spatial;
using Network.Server.Skills;

namespace Network.Server.SkillsGaps;

/// <summary>A skills gap an employer publishes: the skill it lacks, how badly, and its hard-to-fill vacancies.</summary>
[Table("skills_gaps")]
public sealed class SkillsGap : ILocated
{
    public const int MaxExternalReferenceLength = 100;

    public int Id { get; set; }

    public int EmployerId { get; set; }

    public Employer? Employer { get; set; }

    /// <summary>The employer's own reference for the gap, unique within the employer; set by imports, which match on it.</summary>
    public string? ExternalReference { get; set; }

    public int SkillId { get; set; }

    public Skill? Skill { get; set; }

    /// <summary>The sector the gap is felt in; the employer's own sector unless given.</summary>
    public Sector Sector { get; set; }

    public SkillsGapSeverity Severity { get; set; }

    public int HardToFillVacancies { get; set; }

    public string? Description { get; set; }

    public SkillsGapStatus Status { get; set; }

    public DateTimeOffset PublishedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public DateTimeOffset? ClosedAt { get; set; }

    [NotMapped]
    public double? DistanceKm { get; set; }
}
