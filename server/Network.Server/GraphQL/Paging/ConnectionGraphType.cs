using GraphQL.Types;

namespace Network.Server.GraphQL.Paging;

/// <summary>HotChocolate's connection shape, named after its field: <c>employers</c> gives <c>EmployersConnection</c> and <c>EmployersEdge</c>.</summary>
public sealed class ConnectionGraphType<TNodeGraphType, T> : ObjectGraphType<Connection<T>>
    where TNodeGraphType : IGraphType
{
    public ConnectionGraphType(string prefix)
    {
        Name = $"{prefix}Connection";
        Description = "A connection to a list of items.";
        Metadata[ConnectionMetadata.IsConnectionKey] = true;

        var edge = new ObjectGraphType<Edge<T>> { Name = $"{prefix}Edge", Description = "An edge in a connection." };
        edge.Field<NonNullGraphType<StringGraphType>>("cursor").Description("A cursor for use in pagination.").Resolve(c => c.Source.Cursor);
        edge.Field<NonNullGraphType<TNodeGraphType>>("node").Description("The item at the end of the edge.").Resolve(c => c.Source.Node);

        Field<NonNullGraphType<PageInfoGraphType>>("pageInfo").Description("Information to aid in pagination.").Resolve(c => c.Source.PageInfo);
        Field("edges", new ListGraphType(new NonNullGraphType(edge))).Description("A list of edges.").Resolve(c => c.Source.Edges);
        Field<ListGraphType<NonNullGraphType<TNodeGraphType>>>("nodes").Description("A flattened list of the nodes.").Resolve(c => c.Source.Edges.Select(e => e.Node));
        Field<NonNullGraphType<IntGraphType>>("totalCount").Description("Identifies the total count of items in the connection.").Resolve(c => c.Source.TotalCount);
    }
}
