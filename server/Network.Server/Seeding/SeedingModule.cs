using Network.Server.Hosting;

namespace Network.Server.Seeding;

/// <summary>The West Midlands demo network, seeded by the <c>seed</c> command.</summary>
public sealed class SeedingModule : IFeatureModule
{
    public void Register(FeatureBuilder feature) => feature
        .Command("seed", SeedCommand.RunAsync);
}
