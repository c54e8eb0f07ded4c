using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Network.Server.Tests.Budgets;

/// <summary>
/// Once turned on, every query the server sends waits a little first (and stops waiting when its request is cancelled), so that
/// a request of several rounds of queries surely outlasts a one-millisecond limit, however late a busy machine runs the limit's timer.
/// </summary>
public sealed class SlowQueries : DbCommandInterceptor
{
    private static readonly TimeSpan Delay = TimeSpan.FromMilliseconds(50);

    private volatile bool _on;

    public void TurnOn() => _on = true;

    public override async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        if (_on)
        {
            await Task.Delay(Delay, cancellationToken);
        }

        return result;
    }
}
