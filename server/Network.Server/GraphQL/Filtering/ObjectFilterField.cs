using System.Linq.Expressions;
using GraphQL.Types;

namespace Network.Server.GraphQL.Filtering;

/// <summary>A related object, filtered by its own filter input.</summary>
internal sealed class ObjectFilterField<TOther>(string name, LambdaExpression selector, Func<FilterDefinition<TOther>> definition) : IFilterField
    where TOther : class
{
    public string Name => name;

    public string InputTypeName => definition().TypeName;

    public string? Description => null;

    public Expression Build(Expression target, IDictionary<string, object?> input, FilterScope scope)
    {
        var related = ExpressionComposer.Inline(selector, target);
        return Expression.AndAlso(
            Expression.NotEqual(related, Expression.Constant(null, related.Type)),
            definition().BuildBody(related, input, scope));
    }

    public void CollectGraphTypes(IDictionary<string, IInputObjectGraphType> types, FilterExtensions extensions) =>
        definition().CollectGraphTypes(types, extensions);
}
