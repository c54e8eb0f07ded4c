namespace Network.Server.Outcomes;

/// <summary>One employer's answers at one checkpoint of a programme, as recorded.</summary>
public sealed record ProgrammeOutcomes(
    int ProgrammeId,
    int EmployerId,
    OutcomeCheckpoint Checkpoint,
    IReadOnlyList<RetentionCheck> Retention,
    IReadOnlyList<GapOutcome> Gaps);
