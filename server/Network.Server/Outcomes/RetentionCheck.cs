using System.ComponentModel.DataAnnotations.Schema;

namespace Network.Server.Outcomes;

/// <summary>
/// An employer's confirmation, at a checkpoint of a programme, of whether one of its enrolled mentors still works there.
/// One per programme, mentor and checkpoint; confirming again corrects it. It is the mentor's personal data.
/// </summary>
[Table("retention_checks")]
public sealed class RetentionCheck
{
    public int ProgrammeId { get; set; }

    public int MentorId { get; set; }

    public OutcomeCheckpoint Checkpoint { get; set; }

    /// <summary>The employer the mentor was enrolled from, whose admins confirm.</summary>
    public int EmployerId { get; set; }

    public bool StillEmployed { get; set; }

    public required string RecordedBySubject { get; set; }

    public DateTimeOffset RecordedAt { get; set; }
}
