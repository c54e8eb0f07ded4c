namespace Network.Server.Evaluation;

/// <summary>The end-of-pairing surveys: how many, mean satisfaction (1–5), the net promoter score (−100 to 100) and who would do it again.</summary>
public sealed record SurveyEvaluation(EvaluationFigure Responses, EvaluationFigure MeanSatisfaction, EvaluationFigure NetPromoterScore, EvaluationFigure WouldDoAgainPercent);
