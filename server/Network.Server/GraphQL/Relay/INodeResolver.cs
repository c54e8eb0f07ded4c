using GraphQL;

namespace Network.Server.GraphQL.Relay;

/// <summary>Fetches one node type by key for <c>node</c> and <c>nodes</c>; one per node type.</summary>
public interface INodeResolver
{
    string TypeName { get; }

    object Resolve(IResolveFieldContext context, int key);
}
