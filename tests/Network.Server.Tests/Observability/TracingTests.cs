using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using Network.Server.Mentors;
using Network.Server.Observability;
using Network.Server.Skills;
using Network.Server.Tests.Infrastructure;

namespace Network.Server.Tests.Observability;

/// <summary>Spans of real GraphQL requests: the request, the operation, its data-loader batches and its SQL commands, in the caller's trace.</summary>
[Collection(RunsAlone.Name)]
public sealed class TracingTests(ObservedApp app) : IClassFixture<ObservedApp>, IAsyncLifetime
{
    public const string Secret = "Zanzibar-7c1f-personal";

    public const string Employers = """
        query ObservedEmployers($name: String) {
          employers(first: 5, where: { name: { ncontains: $name } }, order: [{ name: ASC }]) { nodes { name mentors { displayName } } }
        }
        """;

    public Task InitializeAsync() => app.SeedOnceAsync(async data =>
    {
        for (var i = 0; i < 5; i++)
        {
            var employer = await data.EmployerAsync($"Employer {i}", Sector.IctDigital, "B1 1AA");
            await data.MentorAsync(employer, $"Mentor {i}", CareerStage.Early, ["data-analytics"], ["client-relations"]);
        }
    });

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task An_operation_is_a_span_named_by_its_type_and_name_with_its_hash_and_cost()
    {
        using var caller = ObservedApp.StartCallerTrace();
        await app.CreateGraphQLClient().QueryAsync(Employers, new { name = Secret });

        var operation = Assert.Single(await app.SpansOfAsync(caller.TraceId), s => s.Source.Name == NetworkTracing.SourceName && s.DisplayName.StartsWith("query", StringComparison.Ordinal));
        Assert.Equal("query ObservedEmployers", operation.DisplayName);
        Assert.Equal("ObservedEmployers", operation.GetTagItem(TelemetryAttributes.OperationName));
        Assert.Equal("query", operation.GetTagItem(TelemetryAttributes.OperationType));
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Employers))), operation.GetTagItem(TelemetryAttributes.DocumentHash));
        Assert.True(operation.GetTagItem(TelemetryAttributes.OperationCost) is double cost && cost > 0);
        Assert.Equal(ActivityStatusCode.Unset, operation.Status);
    }

    [Fact]
    public async Task A_cached_document_keeps_its_hash()
    {
        const string document = "query HashedTwice { __typename }";
        using var caller = ObservedApp.StartCallerTrace();
        await app.CreateGraphQLClient().QueryAsync(document);
        await app.CreateGraphQLClient().QueryAsync(document);

        var operations = (await app.SpansOfAsync(caller.TraceId, requests: 2)).Where(s => s.Source.Name == NetworkTracing.SourceName).ToList();
        Assert.Equal(2, operations.Count);
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(document)));
        Assert.All(operations, operation => Assert.Equal(hash, operation.GetTagItem(TelemetryAttributes.DocumentHash)));
    }

    [Fact]
    public async Task No_span_carries_a_variable_value()
    {
        using var caller = ObservedApp.StartCallerTrace();
        await app.CreateGraphQLClient().QueryAsync(Employers, new { name = Secret });
        var query = Uri.EscapeDataString(Employers);
        var variables = Uri.EscapeDataString($$"""{"name":"{{Secret}}"}""");
        using var get = await app.CreateGraphQLClient().Http.GetAsync($"/graphql?query={query}&variables={variables}");
        get.EnsureSuccessStatusCode();

        var spans = await app.SpansOfAsync(caller.TraceId, requests: 2);
        Assert.Contains(spans, s => s.Source.Name == "Npgsql");
        foreach (var span in spans)
        {
            Assert.DoesNotContain(Secret, span.DisplayName, StringComparison.Ordinal);
            Assert.All(span.TagObjects, tag => Assert.DoesNotContain(Secret, Text(tag.Value), StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task A_failing_operation_records_its_error_codes()
    {
        using var caller = ObservedApp.StartCallerTrace();
        var response = await app.CreateGraphQLClient().PostAsync("query Broken { employers(first: 100000) { totalCount } }");
        Assert.NotNull(response.Errors);

        var operation = Assert.Single(await app.SpansOfAsync(caller.TraceId), s => s.Source.Name == NetworkTracing.SourceName);
        var codes = Assert.IsType<string[]>(operation.GetTagItem(TelemetryAttributes.ErrorCodes));
        Assert.Equal(["PAGE_SIZE_OUT_OF_RANGE"], codes);
        Assert.Equal(ActivityStatusCode.Error, operation.Status);
        Assert.Equal(codes[0], operation.GetTagItem(TelemetryAttributes.ErrorType));
    }

    [Fact]
    public async Task Data_loader_batches_and_SQL_commands_are_children_of_the_operation()
    {
        using var caller = ObservedApp.StartCallerTrace();
        await app.CreateGraphQLClient().QueryAsync(Employers, new { name = Secret });

        var spans = await app.SpansOfAsync(caller.TraceId);
        var operation = Assert.Single(spans, s => s.GetTagItem(TelemetryAttributes.OperationName) is not null);
        var batch = Assert.Single(spans, s => s.GetTagItem(TelemetryAttributes.DataLoaderName) is "MentorsByEmployerIdDataLoader");
        Assert.Equal(operation.SpanId, batch.ParentSpanId);
        Assert.Equal(5, batch.GetTagItem(TelemetryAttributes.DataLoaderBatchSize));

        var commands = spans.Where(s => s.Source.Name == "Npgsql").ToList();
        Assert.True(commands.Count >= 2, $"Expected the page's and the batch's SQL commands, saw {commands.Count}.");
        Assert.All(commands, command => Assert.Contains(command.ParentSpanId, new[] { operation.SpanId, batch.SpanId }));
        Assert.Contains(commands, command => command.ParentSpanId == batch.SpanId);
    }

    [Fact]
    public async Task The_callers_traceparent_is_honoured()
    {
        using var caller = ObservedApp.StartCallerTrace();
        await app.CreateGraphQLClient().QueryAsync("query Ping { __typename }");

        var spans = await app.SpansOfAsync(caller.TraceId);
        var sent = Assert.Single(spans, s => s.Kind == ActivityKind.Client && s.Source.Name == "System.Net.Http");
        var request = Assert.Single(spans, s => s.Kind == ActivityKind.Server);
        Assert.True(request.HasRemoteParent);
        Assert.Equal(sent.SpanId, request.ParentSpanId);
        var operation = Assert.Single(spans, s => s.Source.Name == NetworkTracing.SourceName);
        Assert.Equal(caller.TraceId, operation.TraceId);
        Assert.Equal(request.SpanId, operation.ParentSpanId);
    }

    [Fact]
    public async Task A_subscription_over_WebSockets_is_an_operation_span_too()
    {
        using var socket = await GraphQLSocket.OpenAsync(app, TestCallers.Admin);
        await socket.SubscribeAsync(app, "s", "subscription WatchConcerns { concernRaised { id } }");

        // The span ends once the subscription is set up, just after the hub counts it.
        using var patience = new CancellationTokenSource(GraphQLSocket.Patience);
        while (!app.Spans.Snapshot().Any(s => s.DisplayName == "subscription WatchConcerns" && s.GetTagItem(TelemetryAttributes.OperationType) is "subscription"))
        {
            await Task.Delay(20, patience.Token);
        }
    }

    private static string Text(object? value) => value switch
    {
        null => string.Empty,
        string text => text,
        System.Collections.IEnumerable items => string.Join(",", items.Cast<object?>()),
        _ => value.ToString() ?? string.Empty,
    };
}
