using Network.Server.Hosting;
using StackExchange.Redis;

namespace Network.Server.Protection;

/// <summary>
/// The section <c>Redis</c>. <c>Configuration</c> is a StackExchange.Redis configuration string
/// (<c>redis.internal:6379,password=…</c>); when set, the instances share their rate limits through it. <c>FallbackPeriod</c>
/// is how long an instance keeps to its own buckets after Redis failed before it asks Redis again (5 seconds by default).
/// </summary>
public sealed record RedisSettings(ConfigurationOptions Options, TimeSpan FallbackPeriod)
{
    public const string Section = "Redis";

    /// <summary>A dead Redis must not hold requests up: connects, commands and retries are bounded by this unless the configuration string says otherwise.</summary>
    private const int TimeoutMilliseconds = 500;

    /// <summary>The settings, or null when no <c>Redis:Configuration</c> is set.</summary>
    public static RedisSettings? Read(IConfiguration configuration)
    {
        var section = configuration.GetSection(Section);
        var text = section["Configuration"];
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        ConfigurationOptions options;
        try
        {
            options = ConfigurationOptions.Parse(text);
        }
        catch (ArgumentException problem)
        {
            throw new StartupException($"{Section}:Configuration is not a Redis configuration string ({problem.Message}); give host:port and options, as in localhost:6379,password=secret.");
        }

        if (options.EndPoints.Count == 0)
        {
            throw new StartupException($"{Section}:Configuration names no Redis server; give host:port, as in localhost:6379.");
        }

        // Start-up does not wait for Redis: the limits fall back to this instance's own until it answers.
        options.AbortOnConnectFail = false;
        options.BacklogPolicy = BacklogPolicy.FailFast;
        if (!Mentions(text, "connectTimeout"))
        {
            options.ConnectTimeout = TimeoutMilliseconds;
        }

        if (!Mentions(text, "syncTimeout"))
        {
            options.SyncTimeout = TimeoutMilliseconds;
        }

        if (!Mentions(text, "asyncTimeout"))
        {
            options.AsyncTimeout = TimeoutMilliseconds;
        }

        options.ReconnectRetryPolicy ??= new LinearRetry(1000);
        return new RedisSettings(options, ReadFallbackPeriod(section));
    }

    private static TimeSpan ReadFallbackPeriod(IConfigurationSection section)
    {
        var value = section["FallbackPeriod"];
        if (value is null)
        {
            return TimeSpan.FromSeconds(5);
        }

        return TimeSpan.TryParse(value, System.Globalization.CultureInfo.InvariantCulture, out var period) && period > TimeSpan.Zero && period <= TimeSpan.FromMinutes(10)
            ? period
            : throw new StartupException($"{Section}:FallbackPeriod is '{value}': give a duration longer than zero and at most ten minutes, as in 00:00:05.");
    }

    private static bool Mentions(string text, string option) =>
        text.Contains(option + "=", StringComparison.OrdinalIgnoreCase);
}
