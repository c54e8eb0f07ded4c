using System.Linq.Expressions;
using GraphQL.Types;

namespace Network.Server.GraphQL.Filtering;

internal sealed class ScalarListElement(OperationFilterType operations) : IListElement
{
    public string InputTypeName => operations.Name;

    public void CollectGraphTypes(IDictionary<string, IInputObjectGraphType> types, FilterExtensions extensions) =>
        types.TryAdd(operations.Name, operations.CreateGraphType());

    public LambdaExpression Predicate(Type elementType, IDictionary<string, object?> input, FilterScope scope)
    {
        var item = Expression.Parameter(elementType, "item");
        return Expression.Lambda(ScalarOperations.Build(item, input, operations.Convert), item);
    }
}
