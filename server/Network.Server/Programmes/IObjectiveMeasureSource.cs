using Network.Server.Data;

namespace Network.Server.Programmes;

/// <summary>
/// Measures objectives whose figures live in a feature above programmes (sessions held, learners' confidence). Each source
/// names its measure and is registered by its feature as a singleton; programmes ask it for the objectives it measures.
/// </summary>
public interface IObjectiveMeasureSource
{
    ObjectiveMeasure Measure { get; }

    /// <summary>The current figure of each objective it can measure yet, by objective ID; an objective left out is not measurable yet.</summary>
    Task<IReadOnlyDictionary<int, double>> MeasureAsync(NetworkDbContext db, IReadOnlyList<ProgrammeObjective> objectives, CancellationToken cancellationToken);
}
