using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using NpgsqlTypes;

namespace Network.Server.Data.Replicas;

/// <summary>
/// The primary's WAL position after each caller's last mutation on this instance, for <see cref="ReplicaOptions.ReadYourWritesWindow"/>.
/// Bounded: beyond <see cref="MaxCallers"/> callers inside one window, further writes are not remembered (see the README).
/// </summary>
public sealed class CallerWrites(IOptions<ReplicaOptions> options) : IDisposable
{
    public const int MaxCallers = 100_000;

    private readonly MemoryCache _positions = new(new MemoryCacheOptions { SizeLimit = MaxCallers });

    public void Record(string caller, NpgsqlLogSequenceNumber position) =>
        _positions.Set(caller, position, new MemoryCacheEntryOptions { Size = 1, AbsoluteExpirationRelativeToNow = options.Value.ReadYourWritesWindow });

    public NpgsqlLogSequenceNumber? LastWriteOf(string caller) =>
        _positions.TryGetValue<NpgsqlLogSequenceNumber>(caller, out var position) ? position : null;

    public void Dispose() => _positions.Dispose();
}
