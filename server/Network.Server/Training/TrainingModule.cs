using System.ComponentModel.DataAnnotations.Schema;

namespace Network.Server.Training;

/// <summary>A module of training a programme may require before its mentors are paired.</summary>
[Table("training_modules")]
public sealed class TrainingModule
{
    public int Id { get; set; }

    public required string Slug { get; set; }

    public required string Title { get; set; }

    public required string Summary { get; set; }

    public int EstimatedMinutes { get; set; }

    /// <summary>Where the module is taken: a course page, a video or a workshop booking.</summary>
    public required string Url { get; set; }
}
