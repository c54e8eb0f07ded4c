using System.ComponentModel;
using GraphQL;

namespace Network.Server.Matching;

/// <summary>The pairs of a plan to propose, all or none, and the programme they are made within, if any.</summary>
public sealed record ConfirmPairingPlanInput(
    [property: Description("The pairs to propose, usually those of a plan from planPairings; each mentor in at most one of them.")] List<PlannedPairingInput> Pairs,
    [property: Id, Description("The programme the pairs are made within: each mentor must be ready to pair in it, and the programme must have room for the pairs. Outside any programme when left out.")] string? ProgrammeId);
