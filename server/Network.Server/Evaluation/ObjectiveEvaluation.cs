using Network.Server.Programmes;

namespace Network.Server.Evaluation;

/// <summary>An objective and its progress against its target.</summary>
public sealed record ObjectiveEvaluation(ProgrammeObjective Objective, ObjectiveProgress Progress);
