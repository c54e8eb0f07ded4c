using System.Linq.Expressions;
using GraphQL.Types;

namespace Network.Server.GraphQL.Sorting;

public interface ISortDefinition
{
    string TypeName { get; }

    IEnumerable<IInputObjectGraphType> CreateGraphTypes();

    /// <summary>Adds the sort keys of <paramref name="item"/>, read from <paramref name="target"/>, to <paramref name="keys"/>.</summary>
    void CollectNested(Expression target, IDictionary<string, object?> item, List<(Expression Key, SortDirection Direction)> keys);
}
