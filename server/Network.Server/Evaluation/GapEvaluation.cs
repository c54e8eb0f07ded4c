namespace Network.Server.Evaluation;

/// <summary>The gaps the programme's objectives target, those a formed pair addresses, and those filled (and with the programme's help) by the latest answers.</summary>
public sealed record GapEvaluation(EvaluationFigure Targeted, EvaluationFigure Addressed, EvaluationFigure ClosedAsFilled, EvaluationFigure FilledWithProgrammeHelp);
