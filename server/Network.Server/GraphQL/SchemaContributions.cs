using GraphQL.Types;
using Network.Server.GraphQL.Filtering;
using Network.Server.GraphQL.Sorting;

namespace Network.Server.GraphQL;

/// <summary>
/// What the feature modules add to the schema, in module order: root fields, types, filter and sort
/// inputs, and fields added to other features' types. Filled while services are registered, read when
/// the schema is built.
/// </summary>
public sealed class SchemaContributions
{
    private readonly List<Action<ObjectGraphType>> _queryFields = [];
    private readonly List<Action<ObjectGraphType>> _mutationFields = [];
    private readonly List<Action<ObjectGraphType>> _subscriptionFields = [];
    private readonly List<Type> _types = [];
    private readonly List<(Type ClrType, Type GraphType)> _typeMappings = [];
    private readonly List<IFilterDefinition> _filters = [];
    private readonly List<ISortDefinition> _sorts = [];
    private readonly Dictionary<Type, List<Action<IGraphType>>> _typeExtensions = [];

    public FilterExtensions FilterExtensions { get; } = new();

    public IReadOnlyList<Type> Types => _types;

    public IReadOnlyList<(Type ClrType, Type GraphType)> TypeMappings => _typeMappings;

    public IReadOnlyList<IFilterDefinition> Filters => _filters;

    public IReadOnlyList<ISortDefinition> Sorts => _sorts;

    public void AddQueryFields(Action<ObjectGraphType> add) => _queryFields.Add(add);

    public void AddMutationFields(Action<ObjectGraphType> add) => _mutationFields.Add(add);

    public void AddSubscriptionFields(Action<ObjectGraphType> add) => _subscriptionFields.Add(add);

    /// <summary>Whether any feature contributes a subscription field: a schema without one has no Subscription type.</summary>
    public bool HasSubscriptionFields => _subscriptionFields.Count > 0;

    public void AddType(Type graphType) => _types.Add(graphType);

    public void AddTypeMapping(Type clrType, Type graphType) => _typeMappings.Add((clrType, graphType));

    public void AddFilter(IFilterDefinition filter) => _filters.Add(filter);

    public void AddSort(ISortDefinition sort) => _sorts.Add(sort);

    /// <summary>Adds fields to a type another feature owns, as HotChocolate's type extensions do.</summary>
    public void Extend<TGraphType>(Action<TGraphType> extension)
        where TGraphType : IGraphType
    {
        if (!_typeExtensions.TryGetValue(typeof(TGraphType), out var extensions))
        {
            _typeExtensions[typeof(TGraphType)] = extensions = [];
        }

        extensions.Add(type => extension((TGraphType)type));
    }

    internal void AddQueryFieldsTo(ObjectGraphType query) => _queryFields.ForEach(add => add(query));

    internal void AddMutationFieldsTo(ObjectGraphType mutation) => _mutationFields.ForEach(add => add(mutation));

    internal void AddSubscriptionFieldsTo(ObjectGraphType subscription) => _subscriptionFields.ForEach(add => add(subscription));

    /// <summary>Applies the extensions of <paramref name="type"/>, once, before the schema reads its fields.</summary>
    internal void ApplyExtensions(IGraphType type)
    {
        if (_typeExtensions.TryGetValue(type.GetType(), out var extensions))
        {
            extensions.ForEach(extend => extend(type));
        }
    }
}
