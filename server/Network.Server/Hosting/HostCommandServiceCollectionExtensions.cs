namespace Network.Server.Hosting;

public static class HostCommandServiceCollectionExtensions
{
    /// <summary>Adds a command the executable runs, as <c>dotnet run -- name [options]</c>, instead of serving.</summary>
    public static IServiceCollection AddHostCommand(this IServiceCollection services, string name, Func<WebApplication, HostCommand, Task<int>> run)
    {
        services.GetOrAddInstance<HostCommands>().Add(name, run);
        return services;
    }
}
