using Network.Server.Observability;

namespace Network.Server.Protection;

/// <summary>
/// Whether the rate limits may ask Redis now. After a failure the instance keeps to its own buckets for the fallback
/// period, so that a dead Redis costs one bounded wait per period rather than one per request; the warning is logged
/// once per outage, and the recovery once too.
/// </summary>
public sealed partial class SharedRateLimitHealth(RedisSettings settings, NetworkMetrics metrics, TimeProvider clock, ILogger<SharedRateLimitHealth> logger)
{
    private long _retryAt;
    private int _degraded;

    /// <summary>Whether Redis is worth asking: it answered last time, or the fallback period since its failure is over.</summary>
    public bool UseShared => clock.GetTimestamp() >= Interlocked.Read(ref _retryAt);

    public void Succeeded()
    {
        if (Interlocked.Exchange(ref _degraded, 0) == 1)
        {
            metrics.RecordRateLimitDegraded(false);
            LogRestored(logger);
        }
    }

    public void Failed(Exception problem)
    {
        var retryAt = clock.GetTimestamp() + (long)(settings.FallbackPeriod.TotalSeconds * clock.TimestampFrequency);
        Interlocked.Exchange(ref _retryAt, retryAt);
        if (Interlocked.Exchange(ref _degraded, 1) == 0)
        {
            metrics.RecordRateLimitDegraded(true);
            LogDegraded(logger, problem);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Redis does not answer: the rate limits are per instance until it does, so each instance allows a caller its own limit.")]
    private static partial void LogDegraded(ILogger logger, Exception problem);

    [LoggerMessage(Level = LogLevel.Information, Message = "Redis answers again: the rate limits are shared by the instances again.")]
    private static partial void LogRestored(ILogger logger);
}
