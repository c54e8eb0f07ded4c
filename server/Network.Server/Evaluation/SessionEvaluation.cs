namespace Network.Server.Evaluation;

/// <summary>The programme's sessions by what became of them, the share attended, and how mentors rated them.</summary>
public sealed record SessionEvaluation(
    EvaluationFigure Planned,
    EvaluationFigure Held,
    EvaluationFigure Missed,
    EvaluationFigure Cancelled,
    EvaluationFigure AttendancePercent,
    EvaluationFigure MeanRating);
