namespace Network.Server.Hosting;

internal static class ServiceCollectionInstances
{
    /// <summary>
    /// The singleton instance of <typeparamref name="T"/> already registered, or a new one registered now:
    /// registries that several layers add to while the services are being registered.
    /// </summary>
    public static T GetOrAddInstance<T>(this IServiceCollection services)
        where T : class, new()
    {
        if (services.LastOrDefault(d => d.ServiceType == typeof(T))?.ImplementationInstance is T existing)
        {
            return existing;
        }

        var created = new T();
        services.AddSingleton(created);
        return created;
    }
}
