using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Storage;
using Network.Server.Data;

namespace Network.Server.Hosting;

public static class HostCommandRunner
{
    /// <summary>
    /// Runs the command: a registered command runs and exits; serve (the default) runs the server until
    /// Ctrl+C or SIGTERM. Like <c>RunAsync</c>, it disposes the application when done, whichever command ran.
    /// </summary>
    public static async Task<int> RunCommandAsync(this WebApplication app, HostCommand command)
    {
        // The private cluster of Development, if the server started one, becomes the container's once
        // resolved: disposing the application stops it, after the server and everything using it.
        _ = app.Services.GetService<LocalPostgresCluster>();
        await using (app)
        {
            if (command.Name != HostCommand.Serve)
            {
                var commands = app.Services.GetRequiredService<HostCommands>();
                if (commands.Find(command.Name) is not { } run)
                {
                    await Console.Error.WriteLineAsync($"Unknown command '{command.Name}'. Commands: {string.Join(", ", commands.Names)}; none serves the API.");
                    return 2;
                }

                return await run(app, command);
            }

            if (app.Environment.IsDevelopment())
            {
                await MigrateAsync(app);
            }

            await app.RunAsync();
            return 0;
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
}
