using System.ComponentModel;
using GraphQL;
using Network.Server.Skills;

namespace Network.Server.Programmes;

/// <summary>A new programme, created as a DRAFT that only its coordinators see.</summary>
public sealed record CreateProgrammeInput(
    string Name,
    string? Description,
    [property: Description("The sectors whose employers may join; at least one.")] List<Sector> Sectors,
    ProgrammeAreaInput Area,
    DateOnly StartsOn,
    DateOnly EndsOn,
    [property: Description("The last day employers may join and mentors enrol; on or before endsOn.")] DateOnly EnrolmentClosesOn,
    SessionStructureInput Sessions,
    [property: Description("The most pairs the programme takes, 1 to 1000.")] int MaxPairs,
    [property: Id, Description("The training modules mentors complete before being paired; none when left out.")] List<string>? RequiredTrainingModuleIds,
    [property: Description("The code of conduct; the network's default when left out.")] string? CodeOfConduct);
