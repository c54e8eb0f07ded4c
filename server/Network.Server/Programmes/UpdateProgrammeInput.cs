using GraphQL;
using Network.Server.GraphQL.Mutations;
using Network.Server.Skills;

namespace Network.Server.Programmes;

/// <summary>Changes to a DRAFT or RECRUITING programme; fields left out keep their value, a description given as null is removed, and the other fields may not be null.</summary>
public sealed record UpdateProgrammeInput(
    [property: Id] string ProgrammeId,
    Optional<string?> Name,
    Optional<string?> Description,
    Optional<List<Sector>?> Sectors,
    Optional<ProgrammeAreaInput?> Area,
    Optional<DateOnly?> StartsOn,
    Optional<DateOnly?> EndsOn,
    Optional<DateOnly?> EnrolmentClosesOn,
    Optional<SessionStructureInput?> Sessions,
    Optional<int?> MaxPairs,
    [property: Id] Optional<List<string>?> RequiredTrainingModuleIds);
