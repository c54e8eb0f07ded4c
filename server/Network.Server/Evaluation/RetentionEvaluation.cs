using Network.Server.Outcomes;

namespace Network.Server.Evaluation;

/// <summary>Retention at one checkpoint: mentors confirmed by their employers, and how many of them still work there.</summary>
public sealed record RetentionEvaluation(OutcomeCheckpoint Checkpoint, EvaluationFigure Confirmed, EvaluationFigure StillEmployed, EvaluationFigure RetainedPercent);
