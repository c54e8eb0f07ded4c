namespace Network.Server.Hosting;

public static class FeatureRegistration
{
    /// <summary>Registers each feature module, in the order given: the order in which features may depend on each other.</summary>
    public static IHostApplicationBuilder AddFeatures(this IHostApplicationBuilder builder, IEnumerable<IFeatureModule> modules)
    {
        builder.Services.AddFeatures(builder.Configuration, builder.Environment, modules);
        return builder;
    }

    /// <inheritdoc cref="AddFeatures(IHostApplicationBuilder, IEnumerable{IFeatureModule})"/>
    public static IServiceCollection AddFeatures(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment, IEnumerable<IFeatureModule> modules)
    {
        var feature = new FeatureBuilder(services, configuration, environment);
        foreach (var module in modules)
        {
            module.Register(feature);
        }

        return services;
    }
}
