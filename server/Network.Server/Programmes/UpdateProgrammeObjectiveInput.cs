using GraphQL;
using Network.Server.GraphQL.Mutations;

namespace Network.Server.Programmes;

/// <summary>Changes to an objective; fields left out keep their value and may not be null.</summary>
public sealed record UpdateProgrammeObjectiveInput(
    [property: Id] string ObjectiveId,
    Optional<string?> Statement,
    Optional<ObjectiveMeasure?> Measure,
    Optional<double?> Target,
    [property: Id] Optional<List<string>?> SkillIds,
    [property: Id] Optional<List<string>?> SkillsGapIds);
