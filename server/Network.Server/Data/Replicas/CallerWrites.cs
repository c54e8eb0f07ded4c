using System.Globalization;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using NpgsqlTypes;
using StackExchange.Redis;

namespace Network.Server.Data.Replicas;

/// <summary>
/// The primary's WAL position after each caller's last mutation, for <see cref="ReplicaOptions.ReadYourWritesWindow"/>. Kept on
/// this instance, and in Redis too when the instances share one (<c>Redis:Configuration</c>), so that a caller reads their own
/// writes whichever instance answers. Should Redis fail, this instance's own record still holds for writes made through it.
/// Bounded: beyond <see cref="MaxCallers"/> callers inside one window, further writes are not remembered locally (see the README).
/// </summary>
public sealed partial class CallerWrites(IOptions<ReplicaOptions> options, IServiceProvider services, ILogger<CallerWrites> logger) : IDisposable
{
    public const int MaxCallers = 100_000;

    private const string KeyPrefix = "network:last-write:";

    // Raises the stored position, never lowers it (a slower instance may record an earlier write last); positions are
    // 16 hexadecimal digits, so comparing them as text compares them as numbers.
    private const string RaiseScript =
        "local v = redis.call('GET', KEYS[1]) if (not v) or v < ARGV[1] then redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2]) end return 1";

    private readonly MemoryCache _positions = new(new MemoryCacheOptions { SizeLimit = MaxCallers });
    private readonly IConnectionMultiplexer? _redis = services.GetService<IConnectionMultiplexer>();
    private int _redisFailing;

    public async Task RecordAsync(string caller, NpgsqlLogSequenceNumber position)
    {
        var window = options.Value.ReadYourWritesWindow;
        _positions.Set(caller, position, new MemoryCacheEntryOptions { Size = 1, AbsoluteExpirationRelativeToNow = window });
        if (_redis is null)
        {
            return;
        }

        try
        {
            await _redis.GetDatabase().ScriptEvaluateAsync(
                RaiseScript, [KeyPrefix + caller], [Text(position), (long)window.TotalMilliseconds]);
            Answered();
        }
        catch (Exception problem) when (problem is RedisException or TimeoutException)
        {
            Failed(problem);
        }
    }

    public async ValueTask<NpgsqlLogSequenceNumber?> LastWriteOfAsync(string caller)
    {
        NpgsqlLogSequenceNumber? local = _positions.TryGetValue<NpgsqlLogSequenceNumber>(caller, out var position) ? position : null;
        if (_redis is null)
        {
            return local;
        }

        try
        {
            var shared = await _redis.GetDatabase().StringGetAsync(KeyPrefix + caller);
            Answered();
            return shared.HasValue
                && ulong.TryParse((string?)shared, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var value)
                && (local is null || new NpgsqlLogSequenceNumber(value) > local)
                ? new NpgsqlLogSequenceNumber(value)
                : local;
        }
        catch (Exception problem) when (problem is RedisException or TimeoutException)
        {
            Failed(problem);
            return local;
        }
    }

    public void Dispose() => _positions.Dispose();

    private static string Text(NpgsqlLogSequenceNumber position) => ((ulong)position).ToString("X16", CultureInfo.InvariantCulture);

    private void Answered()
    {
        if (Interlocked.Exchange(ref _redisFailing, 0) == 1)
        {
            LogShared(logger);
        }
    }

    private void Failed(Exception problem)
    {
        if (Interlocked.Exchange(ref _redisFailing, 1) == 0)
        {
            LogNotShared(logger, problem);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Redis does not answer: callers read their own writes only through the instance that made them until it does.")]
    private static partial void LogNotShared(ILogger logger, Exception problem);

    [LoggerMessage(Level = LogLevel.Information, Message = "Redis answers again: callers' last writes are shared by the instances again.")]
    private static partial void LogShared(ILogger logger);
}
