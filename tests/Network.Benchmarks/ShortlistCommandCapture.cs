using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;

namespace Network.Benchmarks;

/// <summary>
/// Keeps the text and parameter values of the spatial commands EF Core sends while armed (those that
/// use PostGIS's <c>&lt;-&gt;</c>), so that the benchmark can send the very same statements under
/// <c>EXPLAIN (ANALYZE, BUFFERS)</c>.
/// </summary>
internal sealed class ShortlistCommandCapture : DbCommandInterceptor
{
    private volatile ConcurrentQueue<CapturedCommand>? _captured;

    /// <summary>Starts keeping spatial commands.</summary>
    public void Arm() => _captured = new ConcurrentQueue<CapturedCommand>();

    /// <summary>Stops keeping commands and returns those kept since <see cref="Arm"/>, in the order they were sent.</summary>
    public IReadOnlyList<CapturedCommand> Disarm()
    {
        var captured = Interlocked.Exchange(ref _captured, null);
        return captured is null ? [] : [.. captured];
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        if (_captured is { } captured && command.CommandText.Contains("<->", StringComparison.Ordinal))
        {
            captured.Enqueue(new CapturedCommand(command.CommandText, [.. command.Parameters.Cast<NpgsqlParameter>().Select(p => p.Clone())]));
        }

        return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }
}

internal sealed record CapturedCommand(string Text, IReadOnlyList<NpgsqlParameter> Parameters);
