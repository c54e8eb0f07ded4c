namespace Network.Server.Outcomes;

/// <summary>When a programme's outcome checkpoint opens, and whether it is open today.</summary>
public sealed record OutcomeCheckpointWindow(OutcomeCheckpoint Checkpoint, DateOnly? OpensOn, bool IsOpen);
