using System.Runtime.CompilerServices;
using System.Security.Claims;
using System.Threading.Channels;
using GraphQL;
using GraphQL.Execution;
using GraphQLParser.AST;
using Network.Server.GraphQL.Transport;

namespace Network.Server.GraphQL.Subscriptions;

/// <summary>An answer to an operation: a result to send, or the operation's refusal (it did not run, or its subscription was not accepted).</summary>
public sealed record OperationOutcome(ExecutionResult Result, bool Refused);

/// <summary>
/// Runs an operation for the streaming transports (WebSocket protocols and server-sent events). A query or mutation
/// gives one outcome, as over HTTP. A subscription is accepted once its source stream resolves and the connection's
/// and caller's quotas have room; each event it takes then runs the operation with the event as its root value, in a
/// service scope of its own and with the subscriber's identity, so every event is read, authorised and budgeted as a
/// query by the same caller would be. Events the subscriber may not see (the root field null without errors) are not
/// sent. A subscriber that falls too far behind ends with <see cref="SlowSubscriberException"/>.
/// </summary>
public sealed class SubscriptionExecution(IDocumentExecuter<NetworkSchema> executer, IServiceScopeFactory scopes)
{
    public const string LimitErrorCode = "SUBSCRIPTION_LIMIT";

    public async IAsyncEnumerable<OperationOutcome> RunAsync(
        GraphQLHttpRequest request, Func<ClaimsPrincipal> user, ConnectionQuota quota, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ExecutionResult first;
        await using (var scope = scopes.CreateAsyncScope())
        {
            first = await ExecuteAsync(request, user(), scope.ServiceProvider, root: null, cancellationToken);
        }

        if (first.Streams?.Values.SingleOrDefault() is not EventFeed stream)
        {
            // A subscription without its stream was not accepted: its errors are a refusal, as for a document that did not validate.
            yield return new OperationOutcome(first, Refused: !first.Executed || first.Operation?.Operation == OperationType.Subscription);
            yield break;
        }

        if (quota.TryTake() is { } refusal)
        {
            yield return new OperationOutcome(new ExecutionResult { Errors = [new ExecutionError(refusal) { Code = LimitErrorCode }] }, Refused: true);
            yield break;
        }

        try
        {
            using var events = stream.Subscribe();
            await foreach (var networkEvent in events.Events.ReadAllAsync(cancellationToken))
            {
                await using var scope = scopes.CreateAsyncScope();
                var result = await ExecuteAsync(request, user(), scope.ServiceProvider, networkEvent, cancellationToken);
                if (!Unseen(result))
                {
                    yield return new OperationOutcome(result, Refused: false);
                }
            }
        }
        finally
        {
            quota.Give();
        }
    }

    private Task<ExecutionResult> ExecuteAsync(GraphQLHttpRequest request, ClaimsPrincipal user, IServiceProvider services, NetworkEvent? root, CancellationToken cancellationToken) =>
        executer.ExecuteAsync(options =>
        {
            options.Query = request.Query;
            options.OperationName = request.OperationName;
            options.Variables = request.Variables;
            options.Extensions = request.Extensions;
            options.Root = root;
            options.RequestServices = services;
            options.User = user;
            options.CancellationToken = cancellationToken;
        });

    /// <summary>An event's result whose fields all came back null with no error: the subscriber may not see what changed.</summary>
    private static bool Unseen(ExecutionResult result) =>
        result.Errors is not { Count: > 0 } && result.Data is ExecutionNode node && node.ToValue() is IDictionary<string, object?> fields && fields.Values.All(v => v is null);
}

/// <summary>Channel readers end with the writer's exception; this names the one subscriptions end with.</summary>
internal static class ChannelReaderExtensions
{
    public static bool IsSlowSubscriber(this Exception exception) => exception is SlowSubscriberException or ChannelClosedException { InnerException: SlowSubscriberException };
}
