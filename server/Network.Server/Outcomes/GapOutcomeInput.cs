using System.ComponentModel;
using GraphQL;

namespace Network.Server.Outcomes;

/// <summary>Where one of the employer's targeted gaps stands, and whether the programme helped.</summary>
public sealed record GapOutcomeInput(
    [property: Id, Description("A skills gap of the employer's that the programme's objectives target.")] string SkillsGapId,
    [property: Description("Where the gap stands; FILLED closes it as filled if it is still open.")] GapOutcomeStatus Status,
    [property: Description("Whether the programme helped fill or close the gap.")] bool ProgrammeHelped);
