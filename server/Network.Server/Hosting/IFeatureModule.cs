namespace Network.Server.Hosting;

/// <summary>
/// A feature of the network: one folder, whose module registers everything the feature owns through a
/// <see cref="FeatureBuilder"/>. The composition root lists the modules in dependency order.
/// </summary>
public interface IFeatureModule
{
    void Register(FeatureBuilder feature);
}
