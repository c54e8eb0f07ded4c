using Network.Server.Tests.Infrastructure;

namespace Network.Server.Tests.Budgets;

/// <summary>Three servers: Production as configured by default, Production with introspection switched on, and Development.</summary>
public sealed class IntrospectionApps : IAsyncLifetime
{
    public NetworkApp Production { get; } = new() { EnvironmentName = "Production" };

    public NetworkApp ProductionWithIntrospection { get; } = new()
    {
        EnvironmentName = "Production",
        Settings = new Dictionary<string, string?> { ["GraphQL:Budgets:AllowIntrospection"] = "true" },
    };

    public NetworkApp Development { get; } = new() { EnvironmentName = "Development" };

    public async Task InitializeAsync()
    {
        await Production.InitializeAsync();
        await ProductionWithIntrospection.InitializeAsync();
        await Development.InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        await Production.DisposeAsync();
        await ProductionWithIntrospection.DisposeAsync();
        await Development.DisposeAsync();
    }
}
