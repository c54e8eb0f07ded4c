using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Network.Server.Data;
using Network.Server.Hosting;
using Network.Server.Scoring;

namespace Network.Server.Seeding;

/// <summary><c>seed --demo [--mentors N] [--reset]</c>: applies the migrations, then seeds the demo network.</summary>
internal static class SeedCommand
{
    public const string Usage = "Usage: seed --demo [--mentors N] [--reset]";

    public static async Task<int> RunAsync(WebApplication app, HostCommand command)
    {
        if (!command.HasFlag("--demo") && command.Value("--mentors") is null)
        {
            await Console.Error.WriteLineAsync(Usage);
            return 2;
        }

        var mentors = DemoSeeder.DefaultMentorCount;
        if (command.Value("--mentors") is { } text && (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out mentors) || mentors is < 1 or > 5_000_000))
        {
            await Console.Error.WriteLineAsync("--mentors must be a whole number between 1 and 5000000.");
            return 2;
        }

        await HostCommandRunner.MigrateAsync(app);
        var factory = app.Services.GetRequiredService<IDbContextFactory<NetworkDbContext>>();
        var seeder = new DemoSeeder(factory, new ConsoleSeedProgress(), app.Services.GetRequiredService<PairScorer>(), app.Services.GetRequiredService<TimeProvider>());
        await seeder.SeedAsync(new DemoSeedOptions(mentors, command.HasFlag("--reset")), CancellationToken.None);
        return 0;
    }
}
