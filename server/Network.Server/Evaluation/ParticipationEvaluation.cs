namespace Network.Server.Evaluation;

/// <summary>Mentors enrolled and withdrawn, pairs formed and the share of them in which both sides teach.</summary>
public sealed record ParticipationEvaluation(EvaluationFigure Enrolled, EvaluationFigure Withdrawn, EvaluationFigure PairsFormed, EvaluationFigure TwoWayPercent);
