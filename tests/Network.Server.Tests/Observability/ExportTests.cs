using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;
using Network.Server.Observability;
using OpenTelemetry.Exporter;

namespace Network.Server.Tests.Observability;

/// <summary>Where telemetry goes: over OTLP only when a collector is named; logs as JSON lines with trace ids in Production.</summary>
[Collection(RunsAlone.Name)]
public sealed class ExportTests(ObservedApp app) : IClassFixture<ObservedApp>
{
    private static readonly System.Reflection.Assembly Otlp = typeof(OtlpExporterOptions).Assembly;

    [Fact]
    public void Without_an_OTLP_endpoint_no_OTLP_exporter_is_registered()
    {
        Assert.Null(app.Services.GetRequiredService<Microsoft.Extensions.Configuration.IConfiguration>()[ObservabilityServiceCollectionExtensions.OtlpEndpointVariable]);
        Assert.DoesNotContain(app.RegisteredServices!, IsOtlp);
    }

    [Fact]
    public void With_an_OTLP_endpoint_the_OTLP_exporter_and_a_tracer_provider_are_registered()
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Testing" });
        builder.Configuration[ObservabilityServiceCollectionExtensions.OtlpEndpointVariable] = "http://127.0.0.1:4317";

        builder.AddNetworkObservability();

        Assert.Contains(builder.Services, IsOtlp);
        Assert.Contains(builder.Services, d => d.ServiceType == typeof(OpenTelemetry.Trace.TracerProvider));
    }

    [Theory]
    [InlineData("Production", true)]
    [InlineData("Development", false)]
    public void Production_logs_are_JSON_lines_with_scopes_and_trace_ids(string environment, bool json)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = environment });
        builder.AddNetworkObservability();
        using var services = builder.Services.BuildServiceProvider();

        var console = services.GetRequiredService<IOptions<ConsoleLoggerOptions>>().Value;
        Assert.Equal(json, console.FormatterName == ConsoleFormatterNames.Json);
        if (json)
        {
            Assert.True(services.GetRequiredService<IOptions<JsonConsoleFormatterOptions>>().Value.IncludeScopes);
        }

        var tracking = services.GetRequiredService<IOptions<LoggerFactoryOptions>>().Value.ActivityTrackingOptions;
        Assert.True(tracking.HasFlag(ActivityTrackingOptions.TraceId) && tracking.HasFlag(ActivityTrackingOptions.SpanId));
    }

    private static bool IsOtlp(ServiceDescriptor descriptor)
    {
        var types = descriptor.IsKeyedService
            ? new[] { descriptor.ServiceType, descriptor.KeyedImplementationType, descriptor.KeyedImplementationInstance?.GetType(), descriptor.KeyedImplementationFactory?.Method.DeclaringType }
            : [descriptor.ServiceType, descriptor.ImplementationType, descriptor.ImplementationInstance?.GetType(), descriptor.ImplementationFactory?.Method.DeclaringType];
        return types.Any(type => type?.Assembly == Otlp || (type?.IsGenericType == true && type.GetGenericArguments().Any(a => a.Assembly == Otlp)));
    }
}
