using Network.Server.Observability;
using Network.Server.Tests.Infrastructure;

namespace Network.Server.Tests.Observability;

/// <summary>The server's own metrics, read back as a collector would receive them.</summary>
[Collection(RunsAlone.Name)]
public sealed class MetricsTests(ObservedApp app) : IClassFixture<ObservedApp>
{
    [Fact]
    public async Task Operation_duration_is_recorded_by_operation_name_and_type()
    {
        await app.CreateGraphQLClient().QueryAsync("query DurationProbe { __typename }");

        var point = Assert.Single(app.Points("network.graphql.operation.duration"), p => p.Tag(TelemetryAttributes.OperationName) is "DurationProbe");
        Assert.Equal("query", point.Tag(TelemetryAttributes.OperationType));
        Assert.Equal(1, point.GetHistogramCount());
        Assert.True(point.GetHistogramSum() > 0);
    }

    [Fact]
    public async Task Errors_are_counted_by_code_and_budget_rejections_by_budget()
    {
        await app.CreateGraphQLClient().PostAsync("{ employers(first: 100000) { totalCount } }");

        var errors = Assert.Single(app.Points("network.graphql.errors"), p => p.Tag(TelemetryAttributes.ErrorCode) is "PAGE_SIZE_OUT_OF_RANGE");
        Assert.True(errors.GetSumLong() >= 1);
        var rejections = Assert.Single(app.Points("network.graphql.budget.rejections"), p => p.Tag(TelemetryAttributes.Budget) is "PAGE_SIZE_OUT_OF_RANGE");
        Assert.True(rejections.GetSumLong() >= 1);
    }

    [Fact]
    public async Task A_request_refused_before_it_runs_is_counted_under_its_budget()
    {
        var response = await app.CreateGraphQLClient().PostAsync("{ __typename }", new { padding = new string('x', 300 * 1024) });
        Assert.Equal("REQUEST_TOO_LARGE", response.FirstErrorCode);

        var rejections = Assert.Single(app.Points("network.graphql.budget.rejections"), p => p.Tag(TelemetryAttributes.Budget) is "REQUEST_TOO_LARGE");
        Assert.True(rejections.GetSumLong() >= 1);
    }

    [Fact]
    public async Task Data_loader_batch_sizes_are_recorded_by_loader()
    {
        await app.SeedOnceAsync(data => data.EmployerAsync("Batch Metrics Ltd", Network.Server.Skills.Sector.Construction, "CV1 2JH"));
        await app.CreateGraphQLClient().QueryAsync("{ employers(first: 50) { nodes { mentors { displayName } } } }");

        var point = Assert.Single(app.Points("network.graphql.dataloader.batch.size"), p => p.Tag(TelemetryAttributes.DataLoaderName) is "MentorsByEmployerIdDataLoader");
        Assert.True(point.GetHistogramCount() >= 1);
        Assert.True(point.GetHistogramSum() >= 1);
    }

    [Fact]
    public async Task Live_subscriptions_are_a_gauge()
    {
        using var socket = await GraphQLSocket.OpenAsync(app, TestCallers.Admin);
        await socket.SubscribeAsync(app, "s", "subscription { concernRaised { id } }");

        var live = Assert.Single(app.Points("network.graphql.subscriptions.live"));
        Assert.True(live.GetGaugeLastValueLong() >= 1);
    }

    [Fact]
    public async Task Database_pool_use_is_reported_by_Npgsql()
    {
        await app.CreateGraphQLClient().QueryAsync("{ employers(first: 1) { totalCount } }");

        Assert.NotEmpty(app.Points("db.client.connection.count"));
    }
}
