namespace Network.Server.Evaluation;

/// <summary>One row of confidence change: for a skill, a direction, or everyone.</summary>
public sealed record ConfidenceGroup(int? SkillId, TeachingDirection? Direction, EvaluationFigure Learners, EvaluationFigure MeanChange, EvaluationFigure MoreConfidentPercent);
