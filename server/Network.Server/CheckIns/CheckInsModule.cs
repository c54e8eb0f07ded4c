using Network.Server.Hosting;
using Network.Server.Pairings;

namespace Network.Server.CheckIns;

/// <summary>Check-ins: each programme pairing's computed health, the pairings needing attention first, and coordinators' check-in notes.</summary>
public sealed class CheckInsModule : IFeatureModule
{
    public void Register(FeatureBuilder feature) =>
        feature
            .DataLoader<PairingHealthDataLoader>()
            .DataLoader<CheckInsByPairingIdDataLoader>()
            .Extend<PairingGraphType>(pairing => pairing.AddCheckInFields())
            .Query(CheckInFields.AddAttentionQuery)
            .Mutation(CheckInMutations.AddCheckInMutations);
}
