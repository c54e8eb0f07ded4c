using System.Diagnostics;
using GraphQL;
using GraphQL.DI;
using GraphQLParser.AST;
using Network.Server.GraphQL.Budgets;
using Network.Server.GraphQL.Transport;

namespace Network.Server.Observability;

/// <summary>
/// Wraps every GraphQL operation, whichever transport brought it (HTTP, server-sent events, WebSockets), in a
/// span and records its duration and errors. The span names the operation and carries the document's hash
/// and cost, never its text or variables, which may hold personal data.
/// </summary>
public sealed class OperationTelemetry(NetworkMetrics metrics, DocumentCache documents) : IConfigureExecution
{
    /// <summary>Ahead of the execution timeout and the document cache, so that the span covers parsing, validation and execution.</summary>
    public float SortOrder => 50;

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        var started = Stopwatch.GetTimestamp();
        using var activity = NetworkTracing.Source.StartActivity("GraphQL Operation", ActivityKind.Internal);
        var result = await next(options);

        var operation = result.Operation;
        var name = operation?.Name?.StringValue ?? options.OperationName;
        var type = operation is null ? null : TypeOf(operation.Operation);
        metrics.RecordOperation(name, type, Stopwatch.GetElapsedTime(started));
        List<string>? codes = null;
        if (result.Errors is { Count: > 0 } errors)
        {
            codes = [.. errors.Select(error => error.Code ?? "UNKNOWN")];
            foreach (var code in codes)
            {
                metrics.RecordError(code);
            }
        }

        if (activity is not null)
        {
            Describe(activity, name, type, OperationCostReport.Of(options.UserContext), codes);

            // Hashed only for a span that records it, and once per cached document (the cache holds it after the first run).
            if (activity.IsAllDataRequested && options.Query is { } query)
            {
                activity.SetTag(TelemetryAttributes.DocumentHash, documents.HashOf(query));
            }
        }

        return result;
    }

    private static void Describe(Activity activity, string? name, string? type, double? cost, List<string>? codes)
    {
        // The span name the semantic conventions give: "{type} {name}", else "{type}".
        if (type is not null)
        {
            activity.DisplayName = name is null ? type : $"{type} {name}";
            activity.SetTag(TelemetryAttributes.OperationType, type);
        }

        activity.SetTag(TelemetryAttributes.OperationName, name);
        activity.SetTag(TelemetryAttributes.OperationCost, cost);
        if (codes is { Count: > 0 })
        {
            string[] distinct = [.. codes.Distinct()];
            activity.SetTag(TelemetryAttributes.ErrorCodes, distinct);
            activity.SetTag(TelemetryAttributes.ErrorType, distinct[0]);
            activity.SetStatus(ActivityStatusCode.Error, distinct[0]);
        }
    }

    private static string TypeOf(OperationType type) => type switch
    {
        OperationType.Mutation => "mutation",
        OperationType.Subscription => "subscription",
        _ => "query",
    };
}
