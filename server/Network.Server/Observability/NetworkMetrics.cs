using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Reflection;
using Network.Server.GraphQL.Budgets;
using Network.Server.GraphQL.Subscriptions;

namespace Network.Server.Observability;

/// <summary>The server's own metrics, on the meter <see cref="MeterName"/>.</summary>
public sealed class NetworkMetrics
{
    public const string MeterName = "Network.Server";

    // The codes of refused budgets, read from their declarations so that a new budget is counted too.
    private static readonly HashSet<string> BudgetCodes = [.. typeof(BudgetErrorCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(field => field.IsLiteral)
        .Select(field => (string)field.GetRawConstantValue()!)];

    private readonly Histogram<double> _operationDuration;
    private readonly Counter<long> _errors;
    private readonly Counter<long> _budgetRejections;
    private readonly Counter<long> _rateLimitRefusals;
    private readonly Histogram<int> _batchSize;
    private int _rateLimitDegraded;

    public NetworkMetrics(IMeterFactory meterFactory, EventHub eventHub)
    {
        var meter = meterFactory.Create(MeterName);
        _operationDuration = meter.CreateHistogram(
            "network.graphql.operation.duration", "s", "How long GraphQL operations take, from parsing to the result.",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 0.75, 1, 2.5, 5, 7.5, 10] });
        _errors = meter.CreateCounter<long>("network.graphql.errors", "{error}", "GraphQL errors answered, by code.");
        _budgetRejections = meter.CreateCounter<long>("network.graphql.budget.rejections", "{request}", "Requests refused for going over a budget, by budget.");
        _rateLimitRefusals = meter.CreateCounter<long>("network.rate_limit.refusals", "{request}", "Requests refused by the rate limits (429).");
        _batchSize = meter.CreateHistogram(
            "network.graphql.dataloader.batch.size", "{key}", "Keys fetched by one data-loader batch.",
            advice: new InstrumentAdvice<int> { HistogramBucketBoundaries = [1, 2, 5, 10, 25, 50, 100, 250, 500, 1000] });
        meter.CreateObservableGauge(
            "network.rate_limit.degraded", () => Volatile.Read(ref _rateLimitDegraded), "{state}",
            "1 while Redis does not answer and this instance keeps the rate limits on its own; 0 otherwise.");
        meter.CreateObservableGauge("network.graphql.subscriptions.live", () => eventHub.Count, "{subscription}", "Live subscriptions on this instance.");
    }

    internal void RecordOperation(string? name, string? type, TimeSpan duration)
    {
        var tags = new TagList();
        if (name is not null)
        {
            tags.Add(TelemetryAttributes.OperationName, name);
        }

        if (type is not null)
        {
            tags.Add(TelemetryAttributes.OperationType, type);
        }

        _operationDuration.Record(duration.TotalSeconds, tags);
    }

    internal void RecordError(string code)
    {
        _errors.Add(1, new KeyValuePair<string, object?>(TelemetryAttributes.ErrorCode, code));
        if (BudgetCodes.Contains(code))
        {
            _budgetRejections.Add(1, new KeyValuePair<string, object?>(TelemetryAttributes.Budget, code));
        }
    }

    internal void RecordRateLimitRefusal() => _rateLimitRefusals.Add(1);

    internal void RecordRateLimitDegraded(bool degraded) => Volatile.Write(ref _rateLimitDegraded, degraded ? 1 : 0);

    internal void RecordBatch(string loader, int size) =>
        _batchSize.Record(size, new KeyValuePair<string, object?>(TelemetryAttributes.DataLoaderName, loader));
}
