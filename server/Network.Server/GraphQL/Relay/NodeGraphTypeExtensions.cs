using GraphQL.Types;

namespace Network.Server.GraphQL.Relay;

public static class NodeGraphTypeExtensions
{
    /// <summary>Makes the type a <c>Node</c>: it implements the interface and its <c>id</c> is the global ID of <paramref name="key"/>.</summary>
    public static void ImplementNode<T>(this ObjectGraphType<T> type, Func<T, int> key)
    {
        type.Interface<NodeInterfaceGraphType>();
        type.IsTypeOf = value => value is T;
        var typeName = type.Name;
        type.Field<NonNullGraphType<IdGraphType>>("id").Resolve(context => GlobalId.Serialize(typeName, key(context.Source)));
    }
}
