using System.Diagnostics;
using GraphQL;
using GraphQL.DI;
using GraphQL.Execution;
using GraphQLParser.AST;
using Network.Server.Observability;
using Network.Server.Protection;
using Npgsql;
using NpgsqlTypes;

namespace Network.Server.Data.Replicas;

/// <summary>
/// Routes each GraphQL operation: a query reads from the replica when it is available and has replayed the caller's last
/// write on this instance; everything else (mutations with the reads of their payload, subscriptions and the reads of
/// their events, which follow writes just committed) uses the primary. A query the replica fails with an outage runs
/// again on the primary: queries change nothing, so running one twice is safe. After a mutation the primary's WAL
/// position is remembered for the caller (<see cref="CallerWrites"/>).
/// </summary>
public sealed class ReplicaRouting(
    ReplicaMonitor monitor, CallerWrites writes, ReplicaDataSources sources, IHttpContextAccessor http, IServiceScopeFactory scopes) : IConfigureExecution
{
    public const string PrimaryName = "primary";
    public const string ReplicaName = "replica";

    /// <summary>Inside <see cref="DatabaseOutageErrors"/> (60), so that the retry sees the outage before it becomes a client's error.</summary>
    public float SortOrder => 70;

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        var caller = CallerOf(options);
        var route = new DatabaseRoute();
        DatabaseRoute.Current = route;
        options.Listeners.Add(new RouteListener(this, route, caller));
        var result = await next(options);
        if (route.ToReplica && result.Errors?.FirstOrDefault(e => DatabaseOutage.Caused(e.InnerException)) is { } outage)
        {
            monitor.MarkUnavailable($"a query on the replica failed ({outage.InnerException!.Message}).");
            route.PrimaryOnly = true;
            route.ToReplica = false;

            // A fresh scope: the first attempt's scoped context and data loaders belong to the replica.
            var requestServices = options.RequestServices;
            await using var scope = scopes.CreateAsyncScope();
            options.RequestServices = scope.ServiceProvider;
            result = await next(options);
            options.RequestServices = requestServices;
        }

        if (route.Operation == OperationType.Mutation && caller is not null)
        {
            await writes.RecordAsync(caller, await PrimaryPositionAsync());
        }

        return result;
    }

    /// <summary>Whether this query may read from the replica: it is available and has replayed the caller's last write.</summary>
    private async Task<bool> ReplicaServesAsync(string? caller, CancellationToken cancellationToken)
    {
        var status = await monitor.ProbeAsync(cancellationToken);
        return status.IsAvailable && (caller is null || await writes.LastWriteOfAsync(caller) is not { } written || status.Replayed >= written);
    }

    /// <summary>The primary's WAL insert position, at or after the commit of every write made so far; the highest position when it cannot be read.</summary>
    private async Task<NpgsqlLogSequenceNumber> PrimaryPositionAsync()
    {
        try
        {
            await using var command = sources.Primary.CreateCommand("SELECT pg_current_wal_insert_lsn()");
            return (NpgsqlLogSequenceNumber)(await command.ExecuteScalarAsync())!;
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException)
        {
            // Unknown, so the caller reads from the primary for the whole window.
            return new NpgsqlLogSequenceNumber(ulong.MaxValue);
        }
    }

    /// <summary>The rate limiter's key: the signed-in user's <c>sub</c> (also over WebSockets, where the token comes in the payload), else the address.</summary>
    private string? CallerOf(ExecutionOptions options)
    {
        if (options.User?.FindFirst("sub")?.Value is { Length: > 0 } subject)
        {
            return "user:" + subject;
        }

        return http.HttpContext is { } context ? RateLimitPartitionKey.For(context) : null;
    }

    private sealed class RouteListener(ReplicaRouting routing, DatabaseRoute route, string? caller) : DocumentExecutionListenerBase
    {
        public override async Task BeforeExecutionAsync(IExecutionContext context)
        {
            var type = context.Operation.Operation;
            route.Operation = type;
            route.ToReplica = type == OperationType.Query && !route.PrimaryOnly && await routing.ReplicaServesAsync(caller, context.CancellationToken);
            Activity.Current?.SetTag(TelemetryAttributes.Database, route.ToReplica ? ReplicaName : PrimaryName);
        }
    }
}
