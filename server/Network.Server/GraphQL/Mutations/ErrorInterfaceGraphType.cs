using GraphQL.Types;

namespace Network.Server.GraphQL.Mutations;

public sealed class ErrorInterfaceGraphType : InterfaceGraphType
{
    public ErrorInterfaceGraphType()
    {
        Name = "Error";
        Description = "A problem with a mutation's input or with the state of the data, returned in its payload.";
        Field<NonNullGraphType<StringGraphType>>("message");
    }
}
