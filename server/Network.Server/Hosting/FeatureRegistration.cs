namespace Network.Server.Hosting;

public static class FeatureRegistration
{
    /// <summary>Registers each feature module, in the order given: the order in which features may depend on each other.</summary>
    public static IHostApplicationBuilder AddFeatures(this IHostApplicationBuilder builder, IEnumerable<IFeatureModule> modules)
    {
        var feature = new FeatureBuilder(builder);
        foreach (var module in modules)
        {
            module.Register(feature);
        }

        return builder;
    }
}
