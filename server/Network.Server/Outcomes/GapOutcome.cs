using System.ComponentModel.DataAnnotations.Schema;

namespace Network.Server.Outcomes;

/// <summary>
/// An employer's answer, at a checkpoint of a programme, on one of its skills gaps that the programme targets: where the gap
/// stands and whether the programme helped. One per programme, gap and checkpoint; answering again corrects it.
/// </summary>
[Table("gap_outcomes")]
public sealed class GapOutcome
{
    public int ProgrammeId { get; set; }

    public int SkillsGapId { get; set; }

    public OutcomeCheckpoint Checkpoint { get; set; }

    /// <summary>The gap's employer, whose admins answer.</summary>
    public int EmployerId { get; set; }

    public GapOutcomeStatus Status { get; set; }

    public bool ProgrammeHelped { get; set; }

    public required string RecordedBySubject { get; set; }

    public DateTimeOffset RecordedAt { get; set; }
}
