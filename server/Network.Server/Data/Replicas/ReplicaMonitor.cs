using System.Globalization;
using Microsoft.Extensions.Options;
using Npgsql;
using NpgsqlTypes;

namespace Network.Server.Data.Replicas;

/// <summary>
/// Asks the replica, once per query operation, how far it has replayed and how far behind it is. A replica that cannot be
/// reached, is no longer a standby, or lags more than <see cref="ReplicaOptions.MaxLag"/> is unavailable for
/// <see cref="ReplicaOptions.RetryAfter"/>, without being asked in between; the outage is logged once, and so is the recovery.
/// </summary>
public sealed partial class ReplicaMonitor(ReplicaDataSources sources, IOptions<ReplicaOptions> options, TimeProvider time, ILogger<ReplicaMonitor> logger)
{
    // Replay lag in seconds: none while everything received is replayed (an idle primary sends nothing new),
    // otherwise the age of the last transaction replayed.
    private const string Probe = """
        SELECT pg_is_in_recovery(),
               COALESCE(pg_last_wal_replay_lsn(), '0/0'::pg_lsn),
               CASE WHEN pg_last_wal_receive_lsn() IS NOT DISTINCT FROM pg_last_wal_replay_lsn() THEN 0
                    ELSE COALESCE(EXTRACT(EPOCH FROM clock_timestamp() - pg_last_xact_replay_timestamp()), 0)
               END::float8
        """;

    private readonly Lock _gate = new();
    private DateTimeOffset _retryAt = DateTimeOffset.MinValue;
    private ReplicaStatus? _outage;

    public async Task<ReplicaStatus> ProbeAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (_outage is not null && time.GetUtcNow() < _retryAt)
            {
                return _outage;
            }
        }

        try
        {
            await using var command = sources.Replica.CreateCommand(Probe);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            await reader.ReadAsync(cancellationToken);
            if (!reader.GetBoolean(0))
            {
                return MarkUnavailable("the replica is not a standby (it is not in recovery).");
            }

            var lag = TimeSpan.FromSeconds(reader.GetDouble(2));
            if (lag > options.Value.MaxLag)
            {
                return MarkUnavailable(string.Create(CultureInfo.InvariantCulture,
                    $"the replica is {lag.TotalSeconds:0.#} s behind the primary, more than the {options.Value.MaxLag.TotalSeconds:0.#} s allowed (Database:Replica:MaxLag)."));
            }

            var status = ReplicaStatus.Available(reader.GetFieldValue<NpgsqlLogSequenceNumber>(1), lag);
            lock (_gate)
            {
                if (_outage is not null)
                {
                    Recovered(logger);
                    _outage = null;
                }
            }

            return status;
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException && !cancellationToken.IsCancellationRequested)
        {
            return MarkUnavailable($"the replica cannot be reached ({e.Message}).");
        }
    }

    /// <summary>Sends queries to the primary for <see cref="ReplicaOptions.RetryAfter"/>; logs the first reason of an outage.</summary>
    public ReplicaStatus MarkUnavailable(string reason)
    {
        var status = ReplicaStatus.Unavailable(reason);
        lock (_gate)
        {
            if (_outage is null)
            {
                Unavailable(logger, reason, options.Value.RetryAfter.TotalSeconds);
            }

            _outage = status;
            _retryAt = time.GetUtcNow() + options.Value.RetryAfter;
        }

        return status;
    }

    [LoggerMessage(EventId = 41, Level = LogLevel.Warning, Message = "Queries use the primary database: {Reason} The replica is tried again every {RetryAfterSeconds} s")]
    private static partial void Unavailable(ILogger logger, string reason, double retryAfterSeconds);

    [LoggerMessage(EventId = 42, Level = LogLevel.Information, Message = "The replica database is available again; queries read from it")]
    private static partial void Recovered(ILogger logger);
}
