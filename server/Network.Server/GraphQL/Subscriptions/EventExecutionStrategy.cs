using GraphQL;
using GraphQL.Execution;

namespace Network.Server.GraphQL.Subscriptions;

/// <summary>
/// Runs subscription operations in the two steps of the specification. Subscribing resolves the root field's source
/// stream (its arguments checked and coerced, its access checked) and returns it as the result's only stream, without
/// running a resolver. Each event then runs the operation again with the event as its root value, executed like a
/// query: the root field's resolver re-reads what the event names with the subscriber's rights.
/// </summary>
public sealed class EventExecutionStrategy : ParallelExecutionStrategy
{
    public override async Task<ExecutionResult> ExecuteAsync(global::GraphQL.Execution.ExecutionContext context)
    {
        if (context.RootValue is NetworkEvent)
        {
            return await base.ExecuteAsync(context);
        }

        var root = BuildExecutionRootNode(context, GetOperationRootType(context));
        var node = root.SubFields!.Single();
        var resolver = node.FieldDefinition.StreamResolver
            ?? throw new InvalidOperationException($"The subscription field '{node.Name}' has no stream resolver.");
        try
        {
            if (await resolver.ResolveAsync(new ReadonlyResolveFieldContext(node, context)) is not EventFeed stream)
            {
                throw new InvalidOperationException($"The subscription field '{node.Name}' must return an {nameof(EventFeed)}.");
            }

            return new ExecutionResult { Executed = true, Document = context.Document, Operation = context.Operation, Streams = new Dictionary<string, IObservable<ExecutionResult>> { [node.Name!] = stream } };
        }
        catch (ExecutionError error)
        {
            error.Path = node.ResponsePath;
            error.AddLocation(node.Field, context.Document);
            // Not accepted: the transports answer with the errors, as for an operation that did not validate.
            return new ExecutionResult { Errors = [error], Document = context.Document, Operation = context.Operation };
        }
    }
}
