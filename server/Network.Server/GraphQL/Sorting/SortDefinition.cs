using System.Linq.Expressions;
using GraphQL.Types;
using Network.Server.GraphQL.Filtering;

namespace Network.Server.GraphQL.Sorting;

/// <summary>
/// Declares the sortable fields of <typeparamref name="T"/> once; from that come the GraphQL
/// <c>XSortInput</c> type and the ORDER BY of an <c>order</c> value.
/// </summary>
public sealed class SortDefinition<T>(string typeName) : ISortDefinition
{
    /// <summary>The name of the sort field that orders by distance from a <c>near</c> origin.</summary>
    public const string DistanceField = "distanceKm";

    private readonly List<(string Name, LambdaExpression? Selector, ISortDefinition? Nested)> _fields = [];

    public string TypeName { get; } = typeName;

    public SortDefinition<T> Field<TValue>(string name, Expression<Func<T, TValue>> selector)
    {
        _fields.Add((name, selector, null));
        return this;
    }

    public SortDefinition<T> Related<TOther>(string name, Expression<Func<T, TOther?>> selector, SortDefinition<TOther> nested)
        where TOther : class
    {
        _fields.Add((name, selector, nested));
        return this;
    }

    /// <summary>Adds <c>distanceKm</c>, which needs the list's <c>near</c> argument.</summary>
    public SortDefinition<T> Distance()
    {
        _fields.Add((DistanceField, null, null));
        return this;
    }

    public IEnumerable<IInputObjectGraphType> CreateGraphTypes()
    {
        var type = new InputObjectGraphType { Name = TypeName };
        foreach (var (name, _, nested) in _fields)
        {
            type.AddField(new FieldType
            {
                Name = name,
                ResolvedType = new GraphQLTypeReference(nested?.TypeName ?? "SortEnumType"),
                Description = name == DistanceField ? "Distance from the origin given by `near`; needs `near`." : null,
            });
        }

        return [type, .. _fields.Where(f => f.Nested is not null).SelectMany(f => f.Nested!.CreateGraphTypes())];
    }

    /// <summary>
    /// Orders <paramref name="query"/> by <paramref name="order"/>, then by <paramref name="key"/> so that pages
    /// are stable; <paramref name="distance"/> is the key of <c>distanceKm</c> when the list has an origin.
    /// </summary>
    public IOrderedQueryable<T> Apply<TKey>(
        IQueryable<T> query,
        IEnumerable<IDictionary<string, object?>>? order,
        Expression<Func<T, TKey>> key,
        Expression<Func<T, double>>? distance)
    {
        var parameter = Expression.Parameter(typeof(T), "x");
        var keys = new List<(Expression Key, SortDirection Direction)>();
        foreach (var item in order ?? [])
        {
            Collect(parameter, item, distance, keys);
        }

        IOrderedQueryable<T>? ordered = null;
        foreach (var (expression, direction) in keys)
        {
            ordered = OrderBy(ordered, query, Expression.Lambda(expression, parameter), direction);
        }

        return ordered is null
            ? query.OrderBy(key)
            : ordered.ThenBy(key);
    }

    public void CollectNested(Expression target, IDictionary<string, object?> item, List<(Expression Key, SortDirection Direction)> keys) =>
        Collect(target, item, null, keys);

    private void Collect(
        Expression target,
        IDictionary<string, object?> item,
        Expression<Func<T, double>>? distance,
        List<(Expression Key, SortDirection Direction)> keys)
    {
        foreach (var (name, value) in item)
        {
            var field = _fields.Find(f => f.Name == name);
            if (field.Name is null || value is null)
            {
                throw new FilterException($"'{name}' cannot be sorted on here.", "INVALID_SORT");
            }

            if (field.Name == DistanceField)
            {
                if (distance is null)
                {
                    throw new FilterException("Sorting by distanceKm needs the near argument.", "NEAR_REQUIRED");
                }

                keys.Add((ExpressionComposer.Inline(distance, target), (SortDirection)value));
            }
            else if (field.Nested is not null)
            {
                var related = ExpressionComposer.Inline(field.Selector!, target);
                field.Nested.CollectNested(related, (IDictionary<string, object?>)value, keys);
            }
            else
            {
                keys.Add((ExpressionComposer.Inline(field.Selector!, target), (SortDirection)value));
            }
        }
    }

    private static IOrderedQueryable<T> OrderBy(IOrderedQueryable<T>? ordered, IQueryable<T> query, LambdaExpression key, SortDirection direction)
    {
        var method = (ordered is null, direction) switch
        {
            (true, SortDirection.Ascending) => QueryableOrdering.OrderBy,
            (true, SortDirection.Descending) => QueryableOrdering.OrderByDescending,
            (false, SortDirection.Ascending) => QueryableOrdering.ThenBy,
            _ => QueryableOrdering.ThenByDescending,
        };
        var source = ordered ?? query;
        var call = Expression.Call(QueryableOrdering.For(method, typeof(T), key.ReturnType), source.Expression, Expression.Quote(key));
        return (IOrderedQueryable<T>)source.Provider.CreateQuery<T>(call);
    }
}
