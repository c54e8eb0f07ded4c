namespace Network.Server.Evaluation;

/// <summary>Learners' change in confidence from the start of their pairing to their latest check-in: overall, per skill and per direction.</summary>
public sealed record ConfidenceEvaluation(ConfidenceGroup Overall, IReadOnlyList<ConfidenceGroup> BySkill, IReadOnlyList<ConfidenceGroup> ByDirection);
