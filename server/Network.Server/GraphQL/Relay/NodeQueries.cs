using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Types;
using Network.Server.GraphQL.Budgets;

namespace Network.Server.GraphQL.Relay;

internal static class NodeQueries
{
    /// <summary>The most IDs <c>nodes</c> fetches at once.</summary>
    public const int MaxIds = 50;

    public static void AddNodeFields(this ObjectGraphType query)
    {
        query.Field<NodeInterfaceGraphType>("node")
            .Description("Fetches an object by its global ID.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Resolve(context => ResolveNode(context, context.GetArgument<string>("id")));

        var nodes = query.Field<NonNullGraphType<ListGraphType<NodeInterfaceGraphType>>>("nodes")
            .Description("Fetches objects by their global IDs, in the order given.")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("ids")
            .Resolve(context =>
            {
                var ids = context.GetArgument<List<string>>("ids");
                if (ids.Count > MaxIds)
                {
                    throw new ExecutionError($"At most {MaxIds} IDs can be fetched at once.") { Code = "TOO_MANY_IDS" };
                }

                return new NodeList(ids.Select(id => ResolveNode(context, id)).ToList());
            });

        // The cost of a request counts nodes(ids:) as many as it may return.
        new ListSize(MaxIds, [], [], RequireOneSlicingArgument: false).ApplyTo(nodes.FieldType);
    }

    private static object? ResolveNode(IResolveFieldContext context, string id)
    {
        if (!GlobalId.TryDeserialize(id, out var typeName, out var key))
        {
            throw new ExecutionError($"'{id}' is not a valid ID.") { Code = "INVALID_ID" };
        }

        var resolver = context.Service<IEnumerable<INodeResolver>>().FirstOrDefault(r => r.TypeName == typeName)
            ?? throw new ExecutionError($"The ID '{id}' names a {typeName}, which is not a node type.") { Code = "INVALID_ID" };
        return resolver.Resolve(context, key);
    }

    /// <summary>Awaits each node's data loader after the whole level has been batched.</summary>
    private sealed class NodeList(List<object?> items) : IDataLoaderResult
    {
        public async Task<object?> GetResultAsync(CancellationToken cancellationToken = default)
        {
            var results = new List<object?>(items.Count);
            foreach (var item in items)
            {
                results.Add(item is IDataLoaderResult pending ? await pending.GetResultAsync(cancellationToken) : item);
            }

            return results;
        }
    }
}
