using Network.Server.Tests.Infrastructure;

namespace Network.Server.Tests.Budgets;

/// <summary>A <see cref="NetworkApp"/> with its own configuration, as a class fixture.</summary>
public abstract class ConfiguredApp(NetworkApp app) : IAsyncLifetime
{
    public NetworkApp App { get; } = app;

    public virtual Task InitializeAsync() => App.InitializeAsync();

    public Task DisposeAsync() => App.DisposeAsync().AsTask();
}
