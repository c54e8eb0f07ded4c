using System.Linq.Expressions;
using GraphQL.Types;

namespace Network.Server.GraphQL.Filtering;

/// <summary>
/// Declares the filterable fields of <typeparamref name="T"/> once; from that come both the GraphQL
/// <c>XFilterInput</c> type and the translation of a <c>where</c> value into a LINQ predicate that EF
/// Core turns into SQL.
/// </summary>
public sealed class FilterDefinition<T>(string typeName) : IFilterDefinition
{
    private readonly List<IFilterField> _fields = [];

    public string TypeName { get; } = typeName;

    /// <summary>A scalar field: string, number, date, Boolean or enum, filtered with the matching operation input.</summary>
    public FilterDefinition<T> Field<TValue>(string name, Expression<Func<T, TValue>> selector, string? description = null)
    {
        _fields.Add(new ScalarFilterField(name, selector, OperationFilterTypes.For(typeof(TValue)), description));
        return this;
    }

    /// <summary>A field holding a node's key, filtered by global IDs of <paramref name="nodeType"/>.</summary>
    public FilterDefinition<T> Id(string name, Expression<Func<T, int>> selector, string nodeType)
    {
        _fields.Add(new ScalarFilterField(name, selector, OperationFilterTypes.Id(nodeType), null));
        return this;
    }

    /// <summary>A list of scalars (a PostgreSQL array), filtered with <c>some</c>, <c>all</c>, <c>none</c> and <c>any</c>.</summary>
    public FilterDefinition<T> ScalarList<TElement>(string name, Expression<Func<T, List<TElement>>> selector)
    {
        _fields.Add(new ListFilterField<TElement>(name, (target, _) => ExpressionComposer.Inline(selector, target), new ScalarListElement(OperationFilterTypes.For(typeof(TElement)))));
        return this;
    }

    /// <summary>A list of keys (a PostgreSQL array) compared as global IDs of <paramref name="nodeType"/>, filtered with <c>some</c>, <c>all</c>, <c>none</c> and <c>any</c>.</summary>
    public FilterDefinition<T> IdList(string name, Expression<Func<T, List<int>>> selector, string nodeType)
    {
        _fields.Add(new ListFilterField<int>(name, (target, _) => ExpressionComposer.Inline(selector, target), new ScalarListElement(OperationFilterTypes.Id(nodeType))));
        return this;
    }

    /// <summary>A related object, filtered by its own filter definition.</summary>
    public FilterDefinition<T> Related<TOther>(string name, Expression<Func<T, TOther?>> selector, Func<FilterDefinition<TOther>> definition)
        where TOther : class
    {
        _fields.Add(new ObjectFilterField<TOther>(name, selector, definition));
        return this;
    }

    /// <summary>A related collection, filtered with <c>some</c>, <c>all</c>, <c>none</c> and <c>any</c>.</summary>
    public FilterDefinition<T> List<TElement>(string name, Expression<Func<T, IEnumerable<TElement>>> selector, Func<FilterDefinition<TElement>> definition)
    {
        _fields.Add(new ListFilterField<TElement>(name, (target, _) => ExpressionComposer.Inline(selector, target), new ObjectListElement<TElement>(definition)));
        return this;
    }

    /// <summary>
    /// The rows of another feature's entity whose <paramref name="foreignKey"/> holds this one's
    /// <paramref name="key"/>, filtered with <c>some</c>, <c>all</c>, <c>none</c> and <c>any</c>: a list
    /// that the feature owning the foreign key adds, as an extension, without this entity knowing the other.
    /// </summary>
    public FilterDefinition<T> Referencing<TElement>(
        string name, Expression<Func<T, int>> key, Expression<Func<TElement, int>> foreignKey, Func<FilterDefinition<TElement>> definition)
        where TElement : class
    {
        _fields.Add(new ListFilterField<TElement>(name, (target, scope) => Referring(target, scope, key, foreignKey), new ObjectListElement<TElement>(definition)));
        return this;
    }

    /// <summary>The predicate for a <c>where</c> value; null or empty input means no filter.</summary>
    public Expression<Func<T, bool>>? Build(IDictionary<string, object?>? input, FilterScope scope)
    {
        if (input is null || input.Count == 0)
        {
            return null;
        }

        var parameter = Expression.Parameter(typeof(T), "x");
        return Expression.Lambda<Func<T, bool>>(BuildBody(parameter, input, scope), parameter);
    }

    public void CollectGraphTypes(IDictionary<string, IInputObjectGraphType> types, FilterExtensions extensions)
    {
        var fields = Fields(extensions).ToList();
        if (types.TryAdd(TypeName, CreateGraphType(fields)))
        {
            foreach (var field in fields)
            {
                field.CollectGraphTypes(types, extensions);
            }
        }
    }

    private InputObjectGraphType CreateGraphType(IEnumerable<IFilterField> fields)
    {
        var type = new InputObjectGraphType { Name = TypeName };
        FilterTypeNames.AddCombinators(type, TypeName);
        foreach (var field in fields)
        {
            type.AddField(new FieldType { Name = field.Name, ResolvedType = new GraphQLTypeReference(field.InputTypeName), Description = field.Description });
        }

        return type;
    }

    /// <summary>This definition's fields and those other features added to its input type.</summary>
    private IEnumerable<IFilterField> Fields(FilterExtensions extensions) =>
        extensions.Find<T>(TypeName) is { } extension && extension != this ? _fields.Concat(extension._fields) : _fields;

    internal Expression BuildBody(Expression target, IDictionary<string, object?> input, FilterScope scope)
    {
        var parts = new List<Expression>();
        foreach (var (name, value) in input)
        {
            switch (name)
            {
                case "and":
                    parts.Add(ExpressionComposer.AndAll(Items(value).Select(item => BuildBody(target, item, scope))));
                    break;
                case "or":
                    parts.Add(ExpressionComposer.OrAny(Items(value).Select(item => BuildBody(target, item, scope))));
                    break;
                default:
                    var field = Fields(scope.Extensions).FirstOrDefault(f => f.Name == name)
                        ?? throw new FilterException($"{TypeName} has no field '{name}'.", "INVALID_FILTER");
                    if (value is null)
                    {
                        throw new FilterException($"The filter on '{name}' needs a value.", "INVALID_FILTER");
                    }

                    parts.Add(field.Build(target, (IDictionary<string, object?>)value, scope));
                    break;
            }
        }

        return ExpressionComposer.AndAll(parts);
    }

    /// <summary>
    /// The rows of <typeparamref name="TElement"/> pointing at <paramref name="target"/>, as a subquery on
    /// the scope's database set: a captured value, as a C# closure would hold it, which EF Core inlines.
    /// </summary>
    private static MethodCallExpression Referring<TElement>(Expression target, FilterScope scope, Expression<Func<T, int>> key, Expression<Func<TElement, int>> foreignKey)
        where TElement : class
    {
        var rows = ExpressionComposer.Parameter(scope.Db.Set<TElement>(), typeof(IQueryable<TElement>));
        var row = foreignKey.Parameters[0];
        var pointsHere = Expression.Lambda<Func<TElement, bool>>(Expression.Equal(foreignKey.Body, ExpressionComposer.Inline(key, target)), row);
        return Expression.Call(typeof(Queryable), nameof(Queryable.Where), [typeof(TElement)], rows, Expression.Quote(pointsHere));
    }

    private static IEnumerable<IDictionary<string, object?>> Items(object? value) =>
        value is System.Collections.IEnumerable list ? list.OfType<IDictionary<string, object?>>() : [];
}
