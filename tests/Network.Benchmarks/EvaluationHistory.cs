namespace Network.Benchmarks;

/// <summary>What the evaluation benchmark wrote for its programme: the figures its evaluation must report.</summary>
internal sealed record EvaluationHistory(
    int ProgrammeId,
    int Employers,
    int Enrolled,
    int Withdrawn,
    int Pairs,
    int TwoWayPairs,
    int CompletedPairs,
    int Held,
    int Missed,
    int Cancelled,
    int Scheduled,
    int SessionRatings,
    int ConfidenceRatings,
    int Surveys,
    int RetentionChecks,
    int TargetedGaps,
    int FilledGaps,
    int Objectives)
{
    public int Sessions => Held + Missed + Cancelled + Scheduled;

    /// <summary>Sessions planned, as the evaluation counts them: every one not cancelled.</summary>
    public int Planned => Held + Missed + Scheduled;

    public override string ToString() =>
        $"{Enrolled:N0} mentors enrolled and {Withdrawn:N0} withdrawn, from {Employers:N0} employers joined; {Pairs:N0} pairs "
        + $"({CompletedPairs:N0} completed, {TwoWayPairs:N0} two-way); {Sessions:N0} sessions ({Held:N0} held, {Missed:N0} missed, "
        + $"{Cancelled:N0} cancelled, {Scheduled:N0} scheduled); {SessionRatings:N0} session ratings; {ConfidenceRatings:N0} confidence ratings; "
        + $"{Surveys:N0} surveys; {RetentionChecks:N0} retention checks; {Objectives} objectives, targeting {TargetedGaps} gaps ({FilledGaps} since filled)";
}
