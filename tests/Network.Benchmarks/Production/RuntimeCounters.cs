using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Tracing;
using Microsoft.Diagnostics.NETCore.Client;
using Microsoft.Diagnostics.Tracing;
using Microsoft.Diagnostics.Tracing.Parsers;
using Microsoft.Diagnostics.Tracing.Parsers.Clr;

namespace Network.Benchmarks.Production;

/// <summary>
/// A server process's runtime counters and thread-pool decisions, read from outside over an EventPipe session (the
/// diagnostics port every .NET process opens): the <c>System.Runtime</c> EventCounters once a second, and the runtime's
/// <c>ThreadPoolWorkerThreadAdjustment/Adjustment</c> events, each saying why the thread pool changed its thread count
/// (hill climbing's moves, or <c>Starvation</c> when queued work made no progress and threads were injected).
/// Samples are kept with the time they arrived, so that a run asks for the stretch it timed.
/// </summary>
internal sealed class RuntimeCounters : IDisposable
{
    private readonly EventPipeSession _session;
    private readonly EventPipeEventSource _source;
    private readonly Task _reading;
    private readonly ConcurrentQueue<CounterSample> _samples = new();
    private readonly ConcurrentQueue<ThreadAdjustment> _adjustments = new();

    private RuntimeCounters(EventPipeSession session)
    {
        _session = session;
        _source = new EventPipeEventSource(session.EventStream);
        _source.Dynamic.All += OnEvent;
        _source.Clr.ThreadPoolWorkerThreadAdjustmentAdjustment += OnAdjustment;
        _reading = Task.Run(() => _source.Process());
    }

    /// <summary>Starts reading the process's counters; fails when its diagnostics port does not answer.</summary>
    public static RuntimeCounters Start(int pid)
    {
        var providers = new[]
        {
            new EventPipeProvider("System.Runtime", EventLevel.Informational, 0, new Dictionary<string, string> { ["EventCounterIntervalSec"] = "1" }),
            new EventPipeProvider("Microsoft-Windows-DotNETRuntime", EventLevel.Informational, (long)ClrTraceEventParser.Keywords.Threading),
        };
        return new RuntimeCounters(new DiagnosticsClient(pid).StartEventPipeSession(providers, requestRundown: false));
    }

    /// <summary>What the counters said between two <see cref="Stopwatch"/> timestamps.</summary>
    public RuntimeFigures Between(long from, long to)
    {
        var samples = _samples.Where(s => s.At >= from && s.At <= to).ToArray();
        var adjustments = _adjustments.Where(a => a.At >= from && a.At <= to).ToArray();
        return RuntimeFigures.Of(samples, adjustments, Stopwatch.GetElapsedTime(from, to));
    }

    public void Dispose()
    {
        try
        {
            _session.Stop();
        }
        catch (Exception e) when (e is ServerNotAvailableException or IOException or TimeoutException)
        {
            // The process has gone already: nothing more to read.
        }

        _reading.Wait(TimeSpan.FromSeconds(10));
        _source.Dispose();
        _session.Dispose();
    }

    private void OnEvent(TraceEvent e)
    {
        if (e.EventName != "EventCounters" || e.PayloadValue(0) is not IDictionary<string, object> { } outer
            || !outer.TryGetValue("Payload", out var inner) || inner is not IDictionary<string, object> payload
            || !payload.TryGetValue("Name", out var named) || named is not string name)
        {
            return;
        }

        // A mean counter (a level, such as the thread count) or an incrementing one (how many since the last sample).
        if (payload.TryGetValue("Increment", out var value) || payload.TryGetValue("Mean", out value))
        {
            _samples.Enqueue(new CounterSample(Stopwatch.GetTimestamp(), name, Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture)));
        }
    }

    private void OnAdjustment(ThreadPoolWorkerThreadAdjustmentTraceData e) =>
        _adjustments.Enqueue(new ThreadAdjustment(Stopwatch.GetTimestamp(), (int)e.NewWorkerThreadCount, e.Reason.ToString(), e.Reason == ThreadAdjustmentReason.Starvation));
}

internal sealed record CounterSample(long At, string Name, double Value);

internal sealed record ThreadAdjustment(long At, int NewThreadCount, string Reason, bool Starvation);
