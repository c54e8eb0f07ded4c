using Network.Server.Programmes;

namespace Network.Server.Outcomes;

/// <summary>When each outcome checkpoint opens, and how many answers one confirmation carries.</summary>
public static class OutcomeRules
{
    /// <summary>How long before a programme's end date its END checkpoint opens.</summary>
    public const int EndOpensDaysBefore = 30;

    public const int MaxAnswers = 200;

    /// <summary>The day the checkpoint opens for the programme; null when it never does (the programme was cancelled).</summary>
    public static DateOnly? OpensOn(Programme programme, OutcomeCheckpoint checkpoint)
    {
        if (programme.Status == ProgrammeStatus.Cancelled)
        {
            return null;
        }

        var ended = programme.CompletedAt is { } completed && DateOnly.FromDateTime(completed.UtcDateTime) < programme.EndsOn
            ? DateOnly.FromDateTime(completed.UtcDateTime)
            : programme.EndsOn;
        return checkpoint == OutcomeCheckpoint.End ? ended.AddDays(-EndOpensDaysBefore) : ended.AddMonths(3);
    }

    /// <summary>Whether the checkpoint is open on <paramref name="today"/>: the programme running or completed, and the day reached.</summary>
    public static bool IsOpen(Programme programme, OutcomeCheckpoint checkpoint, DateOnly today) =>
        programme.Status is ProgrammeStatus.Running or ProgrammeStatus.Completed && OpensOn(programme, checkpoint) is { } opensOn && today >= opensOn;
}
