using System.Linq.Expressions;
using GraphQL.Types;

namespace Network.Server.GraphQL.Filtering;

internal sealed class ObjectListElement<TElement>(Func<FilterDefinition<TElement>> definition) : IListElement
{
    public string InputTypeName => definition().TypeName;

    public void CollectGraphTypes(IDictionary<string, IInputObjectGraphType> types, FilterExtensions extensions) =>
        definition().CollectGraphTypes(types, extensions);

    public LambdaExpression Predicate(Type elementType, IDictionary<string, object?> input, FilterScope scope)
    {
        var item = Expression.Parameter(elementType, "item");
        return Expression.Lambda(definition().BuildBody(item, input, scope), item);
    }
}
