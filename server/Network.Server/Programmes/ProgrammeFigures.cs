namespace Network.Server.Programmes;

/// <summary>What a programme has achieved so far, computed from its enrolments, training and pairings.</summary>
public sealed record ProgrammeFigures(
    int EnrolledMentors,
    int NominatedMentors,
    int TrainedMentors,
    int PairsFormed,
    IReadOnlySet<int> GapsAddressed)
{
    public static ProgrammeFigures None { get; } = new(0, 0, 0, 0, new HashSet<int>());

    /// <summary>Figures of objectives measured by other features (<see cref="IObjectiveMeasureSource"/>), by objective ID.</summary>
    public IReadOnlyDictionary<int, double> Measured { get; init; } = new Dictionary<int, double>();
}
