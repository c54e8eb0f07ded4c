using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Network.Server.Data;
using Network.Server.Seeding;
using Network.Server.Tests.Infrastructure;

namespace Network.Server.Tests.Budgets;

/// <summary>The demo network behind a server whose requests may run for one millisecond.</summary>
public sealed class OneMillisecondApp() : ConfiguredApp(new NetworkApp
{
    Settings = new Dictionary<string, string?> { ["GraphQL:Budgets:ExecutionTimeout"] = "00:00:00.001" },
})
{
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        var factory = App.Services.GetRequiredService<IDbContextFactory<NetworkDbContext>>();
        await new DemoSeeder(factory, new QuietProgress()).SeedAsync(new DemoSeedOptions(DemoSeeder.DefaultMentorCount, Reset: false), CancellationToken.None);
    }

    private sealed class QuietProgress : ISeedProgress
    {
        public void Report(string stage, long done, long total)
        {
        }

        public void Completed(string summary)
        {
        }
    }
}
