using Microsoft.EntityFrameworkCore;
using Network.Server.Data;

namespace Network.Server.Hosting;

public static class HostCommandRunner
{
    /// <summary>Runs the command: a registered command runs and exits; serve (the default) runs the server.</summary>
    public static async Task<int> RunCommandAsync(this WebApplication app, HostCommand command)
    {
        try
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
        finally
        {
            app.Services.GetService<LocalPostgresCluster>()?.Dispose();
        }
    }

    public static async Task MigrateAsync(WebApplication app)
    {
        var factory = app.Services.GetRequiredService<IDbContextFactory<NetworkDbContext>>();
        await using var db = await factory.CreateDbContextAsync();
        await db.Database.MigrateAsync();
    }
}
