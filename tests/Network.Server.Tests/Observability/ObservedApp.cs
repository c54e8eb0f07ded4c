using System.Diagnostics;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Network.Server.Tests.Infrastructure;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace Network.Server.Tests.Observability;

/// <summary>
/// The server with in-memory exporters added beside its own telemetry, so that a test reads what a collector would
/// receive. Adding the tracer provider with its exporter is what an OTLP endpoint does: without one, no span is recorded.
/// </summary>
public class ObservedApp : NetworkApp
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    public Exported<Activity> Spans { get; } = [];

    public Exported<MetricSnapshot> Metrics { get; } = [];

    /// <summary>The services the host was built with, to see what was registered.</summary>
    public IServiceCollection? RegisteredServices { get; private set; }

    /// <summary>
    /// Starts a trace of the test's own, as a calling service would have: requests sent while it is current
    /// carry its trace id in their W3C <c>traceparent</c> header.
    /// </summary>
    public static Activity StartCallerTrace() =>
        new Activity("Caller").SetParentId(ActivityTraceId.CreateRandom(), ActivitySpanId.CreateRandom(), ActivityTraceFlags.Recorded).Start();

    /// <summary>The spans of <paramref name="trace"/>, once its <paramref name="requests"/> request spans (the last to end) have been exported.</summary>
    public async Task<IReadOnlyList<Activity>> SpansOfAsync(ActivityTraceId trace, int requests = 1)
    {
        using var patience = new CancellationTokenSource(Patience);
        while (true)
        {
            var spans = Spans.Snapshot().Where(s => s.TraceId == trace).ToList();
            if (spans.Count(s => s.Kind == ActivityKind.Server) >= requests)
            {
                return spans;
            }

            await Task.Delay(20, patience.Token);
        }
    }

    /// <summary>The metric's points as now collected.</summary>
    public IReadOnlyList<MetricPoint> Points(string metric)
    {
        Metrics.Clear();
        Services.GetRequiredService<MeterProvider>().ForceFlush();
        var points = new List<MetricPoint>();
        foreach (var snapshot in Metrics.Snapshot().Where(m => m.Name == metric))
        {
            points.AddRange(snapshot.MetricPoints);
        }

        return points;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
        {
            RegisteredServices = services;
            services.AddOpenTelemetry().WithTracing(tracing => tracing.AddInMemoryExporter(Spans));
            services.ConfigureOpenTelemetryMeterProvider(metrics => metrics.AddInMemoryExporter(Metrics));
        });
    }
}
