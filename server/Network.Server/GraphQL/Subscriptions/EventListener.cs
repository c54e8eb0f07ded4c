using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Network.Server.Data;
using Npgsql;

namespace Network.Server.GraphQL.Subscriptions;

/// <summary>
/// Listens on the events channel over a connection of its own and hands what it hears to the <see cref="EventHub"/>:
/// events published by any instance on the same database, this one included. When the connection drops it connects
/// again after <see cref="SubscriptionOptions.ReconnectDelay"/>; events published meanwhile are not heard (a documented
/// limit: subscribers re-read the current state when they subscribe again).
/// </summary>
internal sealed partial class EventListener(
    IDbContextFactory<NetworkDbContext> factory, EventHub hub, IOptions<SubscriptionOptions> options, ILogger<EventListener> logger) : BackgroundService
{
    private readonly TaskCompletionSource _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes once the listener first listens, so that a test (or a health check) can wait for it.</summary>
    public Task Listening => _listening.Task;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        string connectionString;
        await using (var db = await factory.CreateDbContextAsync(stoppingToken))
        {
            // Keepalives make a silent network failure show as an error rather than an endless wait.
            connectionString = new NpgsqlConnectionStringBuilder(db.Database.GetConnectionString()) { KeepAlive = 30, Pooling = false }.ConnectionString;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await ListenAsync(connectionString, stoppingToken);
            }
            catch (Exception exception) when (exception is NpgsqlException or IOException or TimeoutException or InvalidOperationException)
            {
                LogLost(exception, options.Value.ReconnectDelay.TotalMilliseconds);
                await Task.Delay(options.Value.ReconnectDelay, stoppingToken);
            }
        }
    }

    private async Task ListenAsync(string connectionString, CancellationToken stoppingToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        connection.Notification += (_, notification) => Dispatch(notification.Payload);
        await connection.OpenAsync(stoppingToken);
        await using (var listen = new NpgsqlCommand($"LISTEN \"{options.Value.Channel.Replace("\"", "\"\"", StringComparison.Ordinal)}\"", connection))
        {
            await listen.ExecuteNonQueryAsync(stoppingToken);
        }

        _listening.TrySetResult();
        while (true)
        {
            await connection.WaitAsync(stoppingToken);
        }
    }

    private void Dispatch(string payload)
    {
        NetworkEvent[]? events;
        try
        {
            events = JsonSerializer.Deserialize<NetworkEvent[]>(payload);
        }
        catch (JsonException exception)
        {
            LogUnreadable(exception);
            return;
        }

        foreach (var networkEvent in events ?? [])
        {
            hub.Dispatch(networkEvent);
        }
    }

    [LoggerMessage(LogLevel.Warning, "Lost the connection the real-time events arrive on; listening again in {DelayMs} ms, and events published meanwhile are missed.")]
    private partial void LogLost(Exception exception, double delayMs);

    [LoggerMessage(LogLevel.Warning, "Ignored a real-time notification that is not a list of events.")]
    private partial void LogUnreadable(Exception exception);
}
