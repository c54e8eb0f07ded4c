using GraphQL.Types;

namespace Network.Server.GraphQL.Relay;

public sealed class NodeInterfaceGraphType : InterfaceGraphType
{
    public NodeInterfaceGraphType()
    {
        Name = "Node";
        Description = "An object with a globally unique ID, fetched again by `node(id:)`.";
        Field<NonNullGraphType<IdGraphType>>("id");
    }
}
