using System.ComponentModel;

namespace Network.Server.Matching;

/// <summary>A pool, and whether to pair as many people as possible first.</summary>
public sealed record PlanPairingsInput
{
    [Description("The mentors to plan for: by their IDs, or as a filter over active mentors.")]
    public required PairingPoolInput Pool { get; init; }

    [Description("First pair as many people as possible, then maximise the total score among those plans; false when left out.")]
    public bool? MaximizeCardinality { get; init; }
}
