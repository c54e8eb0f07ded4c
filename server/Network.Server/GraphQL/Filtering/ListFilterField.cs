using System.Linq.Expressions;
using GraphQL.Types;

namespace Network.Server.GraphQL.Filtering;

/// <summary>A collection, read from the filtered row by <paramref name="collectionOf"/>: a navigation, or a subquery.</summary>
internal sealed class ListFilterField<TElement>(string name, Func<Expression, FilterScope, Expression> collectionOf, IListElement element) : IFilterField
{
    public string Name => name;

    public string InputTypeName => FilterTypeNames.List(element.InputTypeName);

    public string? Description => null;

    public Expression Build(Expression target, IDictionary<string, object?> input, FilterScope scope)
    {
        var collection = collectionOf(target, scope);
        var parts = new List<Expression>();
        foreach (var (operation, value) in input)
        {
            if (operation == "any")
            {
                var any = Expression.Call(typeof(Enumerable), nameof(Enumerable.Any), [typeof(TElement)], collection);
                parts.Add(value is false ? Expression.Not(any) : any);
                continue;
            }

            if (value is not IDictionary<string, object?> inner)
            {
                throw new FilterException($"The '{operation}' list filter on '{name}' needs a value.", "INVALID_FILTER");
            }

            var predicate = element.Predicate(typeof(TElement), inner, scope);
            parts.Add(operation switch
            {
                "some" => Expression.Call(typeof(Enumerable), nameof(Enumerable.Any), [typeof(TElement)], collection, predicate),
                "all" => Expression.Call(typeof(Enumerable), nameof(Enumerable.All), [typeof(TElement)], collection, predicate),
                "none" => Expression.Not(Expression.Call(typeof(Enumerable), nameof(Enumerable.Any), [typeof(TElement)], collection, predicate)),
                _ => throw new FilterException($"Unknown list operation '{operation}'.", "INVALID_FILTER"),
            });
        }

        return ExpressionComposer.AndAll(parts);
    }

    public void CollectGraphTypes(IDictionary<string, IInputObjectGraphType> types, FilterExtensions extensions)
    {
        types.TryAdd(InputTypeName, FilterTypeNames.CreateListType(InputTypeName, element.InputTypeName));
        element.CollectGraphTypes(types, extensions);
    }
}
