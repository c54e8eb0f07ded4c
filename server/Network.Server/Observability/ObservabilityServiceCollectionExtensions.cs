using GraphQL.DI;
using Npgsql;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Network.Server.Observability;

public static class ObservabilityServiceCollectionExtensions
{
    /// <summary>The standard variable that names the OTLP collector; without it nothing is exported.</summary>
    public const string OtlpEndpointVariable = "OTEL_EXPORTER_OTLP_ENDPOINT";

    /// <summary>
    /// Traces and metrics with OpenTelemetry: ASP.NET Core, outgoing HTTP, GraphQL operations, data-loader
    /// batches and Npgsql commands; exported over OTLP only when <see cref="OtlpEndpointVariable"/> is set.
    /// Spans are recorded only then (or when a host adds a tracer provider with an exporter of its own);
    /// metrics are always collected.
    /// Outside Development, logs are JSON lines carrying the trace and span ids.
    /// </summary>
    public static WebApplicationBuilder AddNetworkObservability(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSingleton<NetworkMetrics>();
        services.AddSingleton<IConfigureExecution, OperationTelemetry>();

        // What a trace records is declared always; spans are recorded only when an exporter is configured,
        // since creating them costs every request CPU and allocation. A request still has the Activity that
        // ASP.NET Core starts for its log scopes, so log lines carry trace and span ids (the caller's trace
        // when it sent a traceparent) and outgoing requests propagate it.
        services.ConfigureOpenTelemetryTracerProvider(tracing => tracing
            .AddSource(NetworkTracing.SourceName)
            .AddAspNetCoreInstrumentation(aspNetCore =>
            {
                // Health probes would drown the traces that matter.
                aspNetCore.Filter = context => !context.Request.Path.StartsWithSegments("/health", StringComparison.Ordinal);

                // A GET request's query string carries the document and its variables: never recorded.
                aspNetCore.EnrichWithHttpRequest = (activity, _) => activity.SetTag("url.query", null);
            })
            .AddHttpClientInstrumentation()
            .AddNpgsql());
        var telemetry = services.AddOpenTelemetry()
            .ConfigureResource(resource =>
            {
                // The standard variable names the service when set; a later AddService would override it.
                if (string.IsNullOrWhiteSpace(builder.Configuration["OTEL_SERVICE_NAME"]))
                {
                    resource.AddService(builder.Environment.ApplicationName);
                }
            })
            .WithMetrics(metrics => metrics
                .AddMeter(NetworkMetrics.MeterName)
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddRuntimeInstrumentation()
                .AddNpgsqlInstrumentation());
        if (IsOtlpExportConfigured(builder.Configuration))
        {
            telemetry.WithTracing().UseOtlpExporter();
        }

        if (builder.Environment.IsProduction())
        {
            builder.Logging.AddJsonConsole(json =>
            {
                json.IncludeScopes = true;
                json.UseUtcTimestamp = true;
                json.TimestampFormat = "O";
            });
        }

        // With scopes included, each line carries the trace and span ids of the request it belongs to.
        builder.Logging.Configure(logging => logging.ActivityTrackingOptions =
            ActivityTrackingOptions.TraceId | ActivityTrackingOptions.SpanId | ActivityTrackingOptions.ParentId);
        return builder;
    }

    public static bool IsOtlpExportConfigured(IConfiguration configuration) =>
        !string.IsNullOrWhiteSpace(configuration[OtlpEndpointVariable]);
}
