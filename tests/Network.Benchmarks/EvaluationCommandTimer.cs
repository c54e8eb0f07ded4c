using System.Collections.Concurrent;
using System.Data.Common;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;

namespace Network.Benchmarks;

/// <summary>
/// Times each command EF Core sends, from sending it to closing its reader (so reading the rows counts), and keeps its text,
/// parameters and the rows read: to see which statements of an evaluation take the time, and to send the slowest under
/// <c>EXPLAIN (ANALYZE, BUFFERS)</c>.
/// </summary>
internal sealed class EvaluationCommandTimer : DbCommandInterceptor
{
    private readonly ConcurrentDictionary<DbCommand, long> _started = new();

    private readonly ConcurrentQueue<TimedCommand> _timed = new();

    private volatile bool _armed;

    /// <summary>Starts timing commands.</summary>
    public void Arm()
    {
        Take();
        _armed = true;
    }

    /// <summary>The commands timed since the last call, in the order they finished.</summary>
    public IReadOnlyList<TimedCommand> Take()
    {
        var taken = new List<TimedCommand>();
        while (_timed.TryDequeue(out var command))
        {
            taken.Add(command);
        }

        return taken;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        if (_armed)
        {
            _started[command] = Stopwatch.GetTimestamp();
        }

        return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }

    public override InterceptionResult DataReaderDisposing(DbCommand command, DataReaderDisposingEventData eventData, InterceptionResult result)
    {
        if (_started.TryRemove(command, out var started))
        {
            _timed.Enqueue(new TimedCommand(
                command.CommandText,
                [.. command.Parameters.Cast<NpgsqlParameter>().Select(p => p.Clone())],
                eventData.ReadCount,
                Stopwatch.GetElapsedTime(started).TotalMilliseconds));
        }

        return base.DataReaderDisposing(command, eventData, result);
    }
}

internal sealed record TimedCommand(string Text, IReadOnlyList<NpgsqlParameter> Parameters, int Rows, double Milliseconds);
