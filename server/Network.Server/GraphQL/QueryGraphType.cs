using GraphQL.Types;
using Network.Server.GraphQL.Relay;

namespace Network.Server.GraphQL;

/// <summary>The flat root query: <c>node</c> and <c>nodes</c>, then the fields each feature contributes.</summary>
public sealed class QueryGraphType : ObjectGraphType
{
    public QueryGraphType(SchemaContributions contributions)
    {
        Name = "Query";
        this.AddNodeFields();
        contributions.AddQueryFieldsTo(this);
    }
}
