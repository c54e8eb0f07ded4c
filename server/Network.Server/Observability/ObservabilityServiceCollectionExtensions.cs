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
    /// Outside Development, logs are JSON lines carrying the trace and span ids.
    /// </summary>
    public static WebApplicationBuilder AddNetworkObservability(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSingleton<NetworkMetrics>();
        services.AddSingleton<IConfigureExecution, OperationTelemetry>();

        var telemetry = services.AddOpenTelemetry()
            .ConfigureResource(resource =>
            {
                // The standard variable names the service when set; a later AddService would override it.
                if (string.IsNullOrWhiteSpace(builder.Configuration["OTEL_SERVICE_NAME"]))
                {
                    resource.AddService(builder.Environment.ApplicationName);
                }
            })
            .WithTracing(tracing => tracing
                .AddSource(NetworkTracing.SourceName)
                .AddAspNetCoreInstrumentation(aspNetCore =>
                {
                    // Health probes would drown the traces that matter.
                    aspNetCore.Filter = context => !context.Request.Path.StartsWithSegments("/health", StringComparison.Ordinal);

                    // A GET request's query string carries the document and its variables: never recorded.
                    aspNetCore.EnrichWithHttpRequest = (activity, _) => activity.SetTag("url.query", null);
                })
                .AddHttpClientInstrumentation()
                .AddNpgsql())
            .WithMetrics(metrics => metrics
                .AddMeter(NetworkMetrics.MeterName)
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddRuntimeInstrumentation()
                .AddNpgsqlInstrumentation());
        if (IsOtlpExportConfigured(builder.Configuration))
        {
            telemetry.UseOtlpExporter();
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
