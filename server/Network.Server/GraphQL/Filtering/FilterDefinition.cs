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
        _fields.Add(new ListFilterField<TElement>(name, selector, new ScalarListElement(OperationFilterTypes.For(typeof(TElement)))));
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
        _fields.Add(new ListFilterField<TElement>(name, selector, new ObjectListElement<TElement>(definition)));
        return this;
    }

    /// <summary>The predicate for a <c>where</c> value; null or empty input means no filter.</summary>
    public Expression<Func<T, bool>>? Build(IDictionary<string, object?>? input)
    {
        if (input is null || input.Count == 0)
        {
            return null;
        }

        var parameter = Expression.Parameter(typeof(T), "x");
        return Expression.Lambda<Func<T, bool>>(BuildBody(parameter, input), parameter);
    }

    public void CollectGraphTypes(IDictionary<string, IInputObjectGraphType> types)
    {
        if (types.TryAdd(TypeName, CreateGraphType()))
        {
            foreach (var field in _fields)
            {
                field.CollectGraphTypes(types);
            }
        }
    }

    private InputObjectGraphType CreateGraphType()
    {
        var type = new InputObjectGraphType { Name = TypeName };
        FilterTypeNames.AddCombinators(type, TypeName);
        foreach (var field in _fields)
        {
            type.AddField(new FieldType { Name = field.Name, ResolvedType = new GraphQLTypeReference(field.InputTypeName), Description = field.Description });
        }

        return type;
    }

    internal Expression BuildBody(Expression target, IDictionary<string, object?> input)
    {
        var parts = new List<Expression>();
        foreach (var (name, value) in input)
        {
            switch (name)
            {
                case "and":
                    parts.Add(ExpressionComposer.AndAll(Items(value).Select(item => BuildBody(target, item))));
                    break;
                case "or":
                    parts.Add(ExpressionComposer.OrAny(Items(value).Select(item => BuildBody(target, item))));
                    break;
                default:
                    var field = _fields.Find(f => f.Name == name)
                        ?? throw new FilterException($"{TypeName} has no field '{name}'.", "INVALID_FILTER");
                    if (value is null)
                    {
                        throw new FilterException($"The filter on '{name}' needs a value.", "INVALID_FILTER");
                    }

                    parts.Add(field.Build(target, (IDictionary<string, object?>)value));
                    break;
            }
        }

        return ExpressionComposer.AndAll(parts);
    }

    private static IEnumerable<IDictionary<string, object?>> Items(object? value) =>
        value is System.Collections.IEnumerable list ? list.OfType<IDictionary<string, object?>>() : [];

    private interface IFilterField
    {
        string Name { get; }

        string InputTypeName { get; }

        string? Description { get; }

        Expression Build(Expression target, IDictionary<string, object?> input);

        void CollectGraphTypes(IDictionary<string, IInputObjectGraphType> types);
    }

    private interface IListElement
    {
        string InputTypeName { get; }

        void CollectGraphTypes(IDictionary<string, IInputObjectGraphType> types);

        LambdaExpression Predicate(Type elementType, IDictionary<string, object?> input);
    }

    private sealed class ScalarFilterField(string name, LambdaExpression selector, OperationFilterType operations, string? description) : IFilterField
    {
        public string Name => name;

        public string InputTypeName => operations.Name;

        public string? Description => description;

        public Expression Build(Expression target, IDictionary<string, object?> input) =>
            ScalarOperations.Build(ExpressionComposer.Inline(selector, target), input, operations.Convert);

        public void CollectGraphTypes(IDictionary<string, IInputObjectGraphType> types) => types.TryAdd(operations.Name, operations.CreateGraphType());
    }

    private sealed class ObjectFilterField<TOther>(string name, LambdaExpression selector, Func<FilterDefinition<TOther>> definition) : IFilterField
        where TOther : class
    {
        public string Name => name;

        public string InputTypeName => definition().TypeName;

        public string? Description => null;

        public Expression Build(Expression target, IDictionary<string, object?> input)
        {
            var related = ExpressionComposer.Inline(selector, target);
            return Expression.AndAlso(
                Expression.NotEqual(related, Expression.Constant(null, related.Type)),
                definition().BuildBody(related, input));
        }

        public void CollectGraphTypes(IDictionary<string, IInputObjectGraphType> types) => definition().CollectGraphTypes(types);
    }

    private sealed class ListFilterField<TElement>(string name, LambdaExpression selector, IListElement element) : IFilterField
    {
        public string Name => name;

        public string InputTypeName => FilterTypeNames.List(element.InputTypeName);

        public string? Description => null;

        public Expression Build(Expression target, IDictionary<string, object?> input)
        {
            var collection = ExpressionComposer.Inline(selector, target);
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

                var predicate = element.Predicate(typeof(TElement), inner);
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

        public void CollectGraphTypes(IDictionary<string, IInputObjectGraphType> types)
        {
            types.TryAdd(InputTypeName, FilterTypeNames.CreateListType(InputTypeName, element.InputTypeName));
            element.CollectGraphTypes(types);
        }
    }

    private sealed class ScalarListElement(OperationFilterType operations) : IListElement
    {
        public string InputTypeName => operations.Name;

        public void CollectGraphTypes(IDictionary<string, IInputObjectGraphType> types) => types.TryAdd(operations.Name, operations.CreateGraphType());

        public LambdaExpression Predicate(Type elementType, IDictionary<string, object?> input)
        {
            var item = Expression.Parameter(elementType, "item");
            return Expression.Lambda(ScalarOperations.Build(item, input, operations.Convert), item);
        }
    }

    private sealed class ObjectListElement<TElement>(Func<FilterDefinition<TElement>> definition) : IListElement
    {
        public string InputTypeName => definition().TypeName;

        public void CollectGraphTypes(IDictionary<string, IInputObjectGraphType> types) => definition().CollectGraphTypes(types);

        public LambdaExpression Predicate(Type elementType, IDictionary<string, object?> input)
        {
            var item = Expression.Parameter(elementType, "item");
            return Expression.Lambda(definition().BuildBody(item, input), item);
        }
    }
}
