using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Storage;
using Network.Server.Data;
using Network.Server.GraphQL;
using Network.Server.Identity;
using Network.Server.Seeding;

namespace Network.Server.Hosting;

public static class HostCommandRunner
{
    /// <summary>
    /// Runs the command: migrations, seeding and schema export run and exit; serve runs the server until
    /// Ctrl+C or SIGTERM. Like <c>RunAsync</c>, it disposes the application when done, whichever command ran.
    /// </summary>
    public static async Task<int> RunCommandAsync(this WebApplication app, HostCommand command)
    {
        // The private cluster of Development, if the server started one, becomes the container's once
        // resolved: disposing the application stops it, after the server and everything using it.
        _ = app.Services.GetService<LocalPostgresCluster>();
        await using (app)
        {
            switch (command.Name)
            {
                case "migrate":
                    await MigrateAsync(app);
                    return 0;
                case "seed":
                    await MigrateAsync(app);
                    return await SeedAsync(app, command);
                case "export-schema":
                    var path = command.Positional ?? Path.Combine(RepositoryRoot.Find(app.Environment.ContentRootPath) ?? ".", "schema", "schema.graphql");
                    await File.WriteAllTextAsync(path, SchemaExport.Print(app.Services.GetRequiredService<NetworkSchema>()));
                    Console.WriteLine($"Wrote {path}");
                    return 0;
                case "token":
                    return await TokenCommand.RunAsync(app.Services.GetRequiredService<TokenIssuer>(), command, Console.Out, Console.Error);
                default:
                    if (app.Environment.IsDevelopment())
                    {
                        await MigrateAsync(app);
                    }

                    await app.RunAsync();
                    return 0;
            }
        }
    }

    public static async Task MigrateAsync(WebApplication app)
    {
        var factory = app.Services.GetRequiredService<IDbContextFactory<NetworkDbContext>>();
        await using var db = await factory.CreateDbContextAsync();

        // Npgsql's migrator reads the migrations history before creating its table, and takes "no such
        // table" to mean that nothing has been applied yet; but EF Core has already logged that query as a
        // failed command, an error line on every fresh database. Creating the database and the table first,
        // as the migrator itself does next, leaves nothing to fail, and real failures are still logged.
        var creator = db.GetService<IRelationalDatabaseCreator>();
        if (!await creator.ExistsAsync())
        {
            await creator.CreateAsync();
        }

        await db.GetService<IHistoryRepository>().CreateIfNotExistsAsync();
        await db.Database.MigrateAsync();
    }

    private static async Task<int> SeedAsync(WebApplication app, HostCommand command)
    {
        if (!command.HasFlag("--demo") && command.Value("--mentors") is null)
        {
            await Console.Error.WriteLineAsync("Usage: seed --demo [--mentors N] [--reset]");
            return 2;
        }

        var mentors = DemoSeeder.DefaultMentorCount;
        if (command.Value("--mentors") is { } text && (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out mentors) || mentors is < 1 or > 5_000_000))
        {
            await Console.Error.WriteLineAsync("--mentors must be a whole number between 1 and 5000000.");
            return 2;
        }

        var factory = app.Services.GetRequiredService<IDbContextFactory<NetworkDbContext>>();
        var seeder = new DemoSeeder(factory, new ConsoleSeedProgress());
        await seeder.SeedAsync(new DemoSeedOptions(mentors, command.HasFlag("--reset")), CancellationToken.None);
        return 0;
    }
}
