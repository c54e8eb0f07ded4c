using System.ComponentModel.DataAnnotations.Schema;

namespace Network.Server.Programmes;

/// <summary>What a programme sets out to achieve: a statement, the skills and open gaps it targets, and a measurable target.</summary>
[Table("programme_objectives")]
public sealed class ProgrammeObjective
{
    public int Id { get; set; }

    public int ProgrammeId { get; set; }

    public required string Statement { get; set; }

    public ObjectiveMeasure Measure { get; set; }

    /// <summary>The figure the measure should reach, such as 30 pairs or 70 percent.</summary>
    public double Target { get; set; }

    public List<ProgrammeObjectiveSkill> Skills { get; set; } = [];

    public List<ProgrammeObjectiveGap> Gaps { get; set; } = [];

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
