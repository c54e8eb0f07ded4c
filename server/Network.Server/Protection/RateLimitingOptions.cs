using System.Threading.RateLimiting;

namespace Network.Server.Protection;

/// <summary>
/// The configuration section <c>RateLimiting</c>. Each caller has a bucket of <see cref="Burst"/>
/// requests, refilled with <see cref="PermitsPerWindow"/> requests every <see cref="Window"/>: a quiet
/// caller may send a burst at once, and a busy one its permits per window on average.
/// </summary>
public sealed class RateLimitingOptions
{
    public const string Section = "RateLimiting";

    public bool Enabled { get; set; } = true;

    public int PermitsPerWindow { get; set; } = 300;

    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);

    public int Burst { get; set; } = 100;

    public static RateLimitingOptions Read(IConfiguration configuration)
    {
        var options = configuration.GetSection(Section).Get<RateLimitingOptions>() ?? new RateLimitingOptions();
        if (options.PermitsPerWindow < 1 || options.Burst < 1 || options.Window <= TimeSpan.Zero)
        {
            throw new InvalidOperationException(
                $"{Section}: PermitsPerWindow and Burst must be at least 1, and Window longer than zero.");
        }

        return options;
    }

    /// <summary>
    /// The bucket: the permits of a window are spread evenly over it, in steps of at least a second
    /// (several permits a step when the rate is higher).
    /// </summary>
    public TokenBucketRateLimiterOptions ToTokenBucket()
    {
        var step = Window / PermitsPerWindow;
        var tokens = 1;
        if (step < TimeSpan.FromSeconds(1))
        {
            step = TimeSpan.FromSeconds(1);
            tokens = (int)Math.Ceiling(PermitsPerWindow / Window.TotalSeconds);
        }

        return new TokenBucketRateLimiterOptions
        {
            TokenLimit = Burst,
            TokensPerPeriod = tokens,
            ReplenishmentPeriod = step,
            QueueLimit = 0,
            AutoReplenishment = true,
        };
    }
}
