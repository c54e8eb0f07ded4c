using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Network.Server.Data;
using Network.Server.Geo;
using Network.Server.Skills;
using Npgsql;

namespace Network.Server.Insights;

/// <summary>
/// Keeps the current <see cref="InsightSnapshot"/>, worked out afresh by <see cref="InsightRefresher"/> on a schedule.
/// Queries read it from memory, so their speed does not depend on how much data there is; the price is that the
/// figures are as old as the last refresh, which every answer says (<c>asOf</c>).
/// </summary>
public sealed partial class InsightSnapshots(IDbContextFactory<NetworkDbContext> factory, TimeProvider clock, ILogger<InsightSnapshots> logger) : IDisposable
{
    private readonly SemaphoreSlim _refreshing = new(1, 1);
    private readonly CancellationTokenSource _stopping = new();
    private readonly Lock _firstGate = new();
    private volatile InsightSnapshot? _current;
    private Task<InsightSnapshot>? _first;

    // The sums between the figures depend on the areas and skills only; kept for the next refresh (refreshes take turns).
    private InsightRelations? _relations;

    /// <summary>
    /// The latest figures, worked out now if there are none yet: once, however many callers are waiting. The work is
    /// shared and outlives any one caller, so a caller who gives up (a request past its time limit) neither cancels it
    /// for the others nor makes the next caller start again.
    /// </summary>
    public Task<InsightSnapshot> CurrentAsync(CancellationToken cancellationToken)
    {
        if (_current is { } current)
        {
            return Task.FromResult(current);
        }

        lock (_firstGate)
        {
            if (_first is null || _first.IsFaulted || _first.IsCanceled)
            {
                _first = WorkOutAsync(onlyIfMissing: true, _stopping.Token);
            }

            return _first.WaitAsync(cancellationToken);
        }
    }

    /// <summary>Works the figures out from the database as they are now, and keeps them.</summary>
    public Task<InsightSnapshot> RefreshAsync(CancellationToken cancellationToken) => WorkOutAsync(onlyIfMissing: false, cancellationToken);

    private async Task<InsightSnapshot> WorkOutAsync(bool onlyIfMissing, CancellationToken cancellationToken)
    {
        await _refreshing.WaitAsync(cancellationToken);
        try
        {
            if (onlyIfMissing && _current is { } current)
            {
                return current;
            }

            var (snapshot, withheld, unaudited) = await ComputeAsync(cancellationToken);
            _current = snapshot;
            LogRefreshed(snapshot.AsOf, (long)snapshot.Took.TotalMilliseconds, withheld, unaudited);

            // The work leaves tens of MiB behind, much of it in the large object heap (the cube, the audit's arrays), which
            // the GC would otherwise keep until its budget runs out, refresh after refresh, even in an idle instance. A
            // background collection frees it now, without pausing requests. The work's own state is out of scope here.
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: false);
            return snapshot;
        }
        finally
        {
            _refreshing.Release();
        }
    }

    /// <summary>Works the figures out from the database as they are now.</summary>
    private async Task<(InsightSnapshot Snapshot, int Withheld, int Unaudited)> ComputeAsync(CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var asOf = clock.GetUtcNow();
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var skills = await db.Skills.AsNoTracking().ToListAsync(cancellationToken);
        var thisMonth = new DateOnly(asOf.UtcDateTime.Year, asOf.UtcDateTime.Month, 1);
        var axes = new InsightAxes(PostcodeDirectory.Instance.LocalAuthorities, skills, thisMonth.AddMonths(1 - InsightAxes.WindowMonths));
        var cube = new InsightCube(axes);
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        await InsightFacts.ReadAsync(connection, cube, asOf, cancellationToken);
        if (_relations?.Fits(axes) != true)
        {
            _relations = InsightRelations.For(axes);
        }

        var reasons = InsightDisclosure.Decide(cube, _relations, out var unaudited);
        var snapshot = new InsightSnapshot(axes, asOf, cube.Values, reasons, Stopwatch.GetElapsedTime(started));
        return (snapshot, reasons.Count(r => r != InsightSuppression.None), unaudited);
    }

    public void Dispose()
    {
        _stopping.Cancel();
        _stopping.Dispose();
        _refreshing.Dispose();
    }

    [LoggerMessage(LogLevel.Information, "Regional insights worked out as of {AsOf} in {Milliseconds} ms; {Withheld} figures withheld, {Unaudited} of them in linked groups too large for the exact audit.")]
    private partial void LogRefreshed(DateTimeOffset asOf, long milliseconds, int withheld, int unaudited);
}
