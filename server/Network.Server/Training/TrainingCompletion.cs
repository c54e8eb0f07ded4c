using System.ComponentModel.DataAnnotations.Schema;

namespace Network.Server.Training;

/// <summary>A mentor has completed a training module; it counts for every programme that requires it.</summary>
[Table("training_completions")]
public sealed class TrainingCompletion
{
    public int MentorId { get; set; }

    public int TrainingModuleId { get; set; }

    public DateTimeOffset CompletedAt { get; set; }

    /// <summary>Who recorded it: the mentor, or the coordinator who ran the session.</summary>
    public required string RecordedBySubject { get; set; }
}
