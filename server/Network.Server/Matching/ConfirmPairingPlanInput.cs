using System.ComponentModel;

namespace Network.Server.Matching;

/// <summary>The pairs of a plan to propose, all or none.</summary>
public sealed record ConfirmPairingPlanInput(
    [property: Description("The pairs to propose, usually those of a plan from planPairings; each mentor in at most one of them.")] List<PlannedPairingInput> Pairs);
