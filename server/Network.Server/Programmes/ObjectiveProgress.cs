namespace Network.Server.Programmes;

/// <summary>How far an objective has come: the measure's current figure, or null while it cannot be measured yet.</summary>
public sealed record ObjectiveProgress(ObjectiveMeasure Measure, double Target, double? Current, string? Note)
{
    public double? PercentOfTarget => Current is { } current && Target > 0 ? Math.Round(current / Target * 100, 1) : null;

    public static ObjectiveProgress Of(ProgrammeObjective objective, ProgrammeFigures figures) => objective.Measure switch
    {
        ObjectiveMeasure.PairsFormed => new(objective.Measure, objective.Target, figures.PairsFormed, null),
        ObjectiveMeasure.MentorsTrained => new(objective.Measure, objective.Target, figures.TrainedMentors, null),
        ObjectiveMeasure.GapsAddressed => new(
            objective.Measure, objective.Target, objective.Gaps.Count(g => figures.GapsAddressed.Contains(g.SkillsGapId)), null),
        _ when figures.Measured.TryGetValue(objective.Id, out var measured) => new(objective.Measure, objective.Target, measured, null),
        ObjectiveMeasure.SessionsHeld => new(objective.Measure, objective.Target, null, "Measured once the programme's pairs record their sessions."),
        _ => new(objective.Measure, objective.Target, null,
            $"Measured once at least {LearnerConfidence.MinimumLearners} learners have rated their confidence at the start and again later."),
    };
}
