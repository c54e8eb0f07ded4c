using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Options;

namespace Network.Server.GraphQL.Subscriptions;

/// <summary>
/// Publishes the events of every save through PostgreSQL's <c>NOTIFY</c>, on the save's own connection: within a
/// transaction the notification is sent when it commits and dropped if it rolls back, so subscribers never hear of a
/// change that did not happen. Every instance listens (<see cref="EventListener"/>), this one included.
/// </summary>
internal sealed class EventPublication(IEnumerable<IEventCollector> collectors, IOptions<SubscriptionOptions> options) : SaveChangesInterceptor
{
    /// <summary>PostgreSQL refuses a notification payload of 8,000 bytes or more; events are sent in batches below that.</summary>
    private const int MaxPayloadBytes = 7_000;

    private readonly IEventCollector[] _collectors = [.. collectors];
    private readonly ConditionalWeakTable<DbContext, List<EventFactory>> _pending = [];

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Collect(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Collect(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        // Saves are asynchronous throughout the server; a synchronous one (a tool's) waits for its events alike.
        foreach (var batch in BatchesAsync(eventData.Context, CancellationToken.None).AsTask().GetAwaiter().GetResult())
        {
            eventData.Context!.Database.ExecuteSqlRaw("SELECT pg_notify({0}, {1})", options.Value.Channel, batch);
        }

        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        foreach (var batch in await BatchesAsync(eventData.Context, cancellationToken))
        {
            await eventData.Context!.Database.ExecuteSqlRawAsync("SELECT pg_notify({0}, {1})", [options.Value.Channel, batch], cancellationToken);
        }

        return result;
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Forget(eventData.Context);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
        return Task.CompletedTask;
    }

    private void Collect(DbContext? context)
    {
        if (context is null || _collectors.Length == 0)
        {
            return;
        }

        var events = new List<EventFactory>();
        foreach (var collector in _collectors)
        {
            collector.Collect(context.ChangeTracker, events);
        }

        if (events.Count > 0)
        {
            _pending.AddOrUpdate(context, events);
        }
    }

    private void Forget(DbContext? context)
    {
        if (context is not null)
        {
            _pending.Remove(context);
        }
    }

    /// <summary>The saved changes' events as JSON arrays, each small enough for one notification.</summary>
    private async ValueTask<List<string>> BatchesAsync(DbContext? context, CancellationToken cancellationToken)
    {
        if (context is null || !_pending.TryGetValue(context, out var factories))
        {
            return [];
        }

        _pending.Remove(context);
        var batches = new List<string>();
        var batch = new List<string>();
        var bytes = 2;
        foreach (var factory in factories)
        {
            var json = JsonSerializer.Serialize(await factory(context, cancellationToken));
            var size = Encoding.UTF8.GetByteCount(json) + 1;
            if (batch.Count > 0 && bytes + size > MaxPayloadBytes)
            {
                batches.Add($"[{string.Join(',', batch)}]");
                (batch, bytes) = ([], 2);
            }

            batch.Add(json);
            bytes += size;
        }

        batches.Add($"[{string.Join(',', batch)}]");
        return batches;
    }
}
