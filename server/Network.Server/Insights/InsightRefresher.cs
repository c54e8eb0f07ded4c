using Microsoft.Extensions.Options;
namespace Network.Server.Insights;

/// <summary>Works the regional figures out when the server starts (<see cref="InsightsOptions.WarmOnStart"/>) and every <see cref="InsightsOptions.RefreshInterval"/> after.</summary>
public sealed partial class InsightRefresher(InsightSnapshots snapshots, IOptions<InsightsOptions> options, TimeProvider clock, ILogger<InsightRefresher> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.RefreshInterval, clock);
        if (!options.Value.WarmOnStart && !await timer.WaitForNextTickAsync(stoppingToken))
        {
            return;
        }

        do
        {
            try
            {
                await snapshots.RefreshAsync(stoppingToken);
            }
            catch (Exception problem) when (problem is not OperationCanceledException)
            {
                // The figures stay as they were (or are worked out on first use); the next tick tries again.
                LogFailed(problem);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(LogLevel.Warning, "Working out the regional insights failed; the previous figures stay.")]
    private partial void LogFailed(Exception problem);
}
