using System.Diagnostics;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Network.Server.Observability;
using OpenTelemetry.Trace;

namespace Network.Server.Tests.Observability;

/// <summary>Without an exporter no span is recorded, yet each log line of a request still carries its trace, the caller's when it sent one.</summary>
[Collection(RunsAlone.Name)]
public sealed class UnexportedTracingTests(LoggedApp app) : IClassFixture<LoggedApp>
{
    [Fact]
    public void Without_an_exporter_nothing_records_spans()
    {
        Assert.Null(app.Services.GetService<TracerProvider>());
        Assert.False(NetworkTracing.Source.HasListeners());
    }

    [Fact]
    public async Task Without_an_exporter_log_lines_still_carry_the_callers_trace()
    {
        var trace = ActivityTraceId.CreateRandom();
        var callerSpan = ActivitySpanId.CreateRandom();
        var client = app.CreateGraphQLClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = JsonContent.Create(new { query = "query Ping { __typename }" }),
        };
        request.Headers.Add("traceparent", $"00-{trace.ToHexString()}-{callerSpan.ToHexString()}-01");
        using var response = await client.Http.SendAsync(request);
        response.EnsureSuccessStatusCode();

        var lines = await LinesOfAsync(trace.ToHexString());
        Assert.All(lines, line =>
        {
            Assert.Equal(callerSpan.ToHexString(), line.Scope["ParentId"]);
            Assert.Matches("^[0-9a-f]{16}$", line.Scope["SpanId"]);
            Assert.NotEqual(callerSpan.ToHexString(), line.Scope["SpanId"]);
        });
    }

    private async Task<IReadOnlyList<CapturedLogs.Line>> LinesOfAsync(string trace)
    {
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (true)
        {
            var lines = app.Logs.Lines.Where(l => l.Category == LoggedApp.RequestCategory && l.Scope.GetValueOrDefault("TraceId") == trace).ToList();
            if (lines.Any(l => l.Message.StartsWith("Request finished", StringComparison.Ordinal)))
            {
                return lines;
            }

            await Task.Delay(20, patience.Token);
        }
    }
}
