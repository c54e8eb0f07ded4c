using System.ComponentModel;
using GraphQL;

namespace Network.Server.Programmes;

/// <summary>A new objective of a programme.</summary>
public sealed record AddProgrammeObjectiveInput(
    [property: Id] string ProgrammeId,
    [property: Description("What the programme sets out to achieve, in a sentence; up to 500 characters.")] string Statement,
    ObjectiveMeasure Measure,
    [property: Description("The figure the measure should reach: a count of at least 1, or a percentage up to 100.")] double Target,
    [property: Id, Description("The skills the objective targets; up to 20.")] List<string>? SkillIds,
    [property: Id, Description("Open skills gaps of employers in the programme that the objective addresses; up to 100. GAPS_ADDRESSED needs at least as many as its target.")] List<string>? SkillsGapIds);
