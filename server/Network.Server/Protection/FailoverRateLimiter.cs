using System.Threading.RateLimiting;
using StackExchange.Redis;

namespace Network.Server.Protection;

/// <summary>
/// One caller's bucket, kept in Redis while it answers and in this instance while it does not: a Redis outage
/// makes the limits per instance, never absent.
/// </summary>
public sealed class FailoverRateLimiter(RateLimiter shared, RateLimiter local, TimeSpan replenishmentPeriod, SharedRateLimitHealth health) : RateLimiter
{
    private static readonly RateLimitLease NotYet = new RefusedLease(null);

    // Kept while the local bucket is being refilled, so that an outage's counts are not forgotten between requests.
    public override TimeSpan? IdleDuration => local.IdleDuration;

    public override RateLimiterStatistics? GetStatistics() => local.GetStatistics();

    /// <summary>Redis is asked asynchronously only: the middleware then calls <see cref="AcquireAsyncCore"/>.</summary>
    protected override RateLimitLease AttemptAcquireCore(int permitCount) =>
        health.UseShared ? NotYet : local.AttemptAcquire(permitCount);

    protected override async ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken)
    {
        if (health.UseShared)
        {
            try
            {
                var lease = await shared.AcquireAsync(permitCount, cancellationToken);
                health.Succeeded();
                if (lease.IsAcquired || lease.TryGetMetadata(MetadataName.RetryAfter, out _))
                {
                    return lease;
                }

                // The shared bucket does not say when its next token comes: within one replenishment period.
                lease.Dispose();
                return new RefusedLease(replenishmentPeriod);
            }
            catch (Exception problem) when (problem is RedisException or TimeoutException)
            {
                health.Failed(problem);
            }
        }

        return await local.AcquireAsync(permitCount, cancellationToken);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            shared.Dispose();
            local.Dispose();
        }

        base.Dispose(disposing);
    }

    private sealed class RefusedLease(TimeSpan? retryAfter) : RateLimitLease
    {
        public override bool IsAcquired => false;

        public override IEnumerable<string> MetadataNames => retryAfter is null ? [] : [MetadataName.RetryAfter.Name];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = retryAfter is { } wait && metadataName == MetadataName.RetryAfter.Name ? wait : null;
            return metadata is not null;
        }
    }
}
