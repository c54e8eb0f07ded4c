using Network.Server.Tests.Infrastructure;

namespace Network.Server.Tests.Budgets;

/// <summary>
/// The demo network behind a server whose requests may run for one millisecond, and whose queries, once the network is seeded,
/// each take a little longer than that (<see cref="SlowQueries"/>).
/// </summary>
public sealed class OneMillisecondApp() : ConfiguredApp(new NetworkApp
{
    Settings = new Dictionary<string, string?> { ["GraphQL:Budgets:ExecutionTimeout"] = "00:00:00.001" },
    Interceptors = [new SlowQueries()],
})
{
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await App.SeedDemoNetworkAsync();
        App.Interceptors.OfType<SlowQueries>().Single().TurnOn();
    }
}
