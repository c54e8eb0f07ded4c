using GraphQL;
using GraphQL.Types;
using Network.Server.GraphQL;
using Network.Server.GraphQL.DataLoading;
using Network.Server.GraphQL.Filtering;
using Network.Server.GraphQL.Relay;
using Network.Server.GraphQL.Sorting;

namespace Network.Server.Hosting;

/// <summary>
/// What a feature module registers: its services and options, data loaders, node types, root fields,
/// filter and sort inputs, fields it adds to other features' types, HTTP endpoints, and commands. EF Core finds the
/// feature's <c>IEntityTypeConfiguration</c> classes in its folder by itself.
/// </summary>
public sealed class FeatureBuilder(IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
{
    private readonly SchemaContributions _schema = services.GetOrAddInstance<SchemaContributions>();

    public IServiceCollection Services => services;

    public IConfiguration Configuration => configuration;

    public IHostEnvironment Environment => environment;

    /// <summary>Adds fields to the root <c>Query</c> type.</summary>
    public FeatureBuilder Query(Action<ObjectGraphType> addFields)
    {
        _schema.AddQueryFields(addFields);
        return this;
    }

    /// <summary>Adds fields to the root <c>Mutation</c> type.</summary>
    public FeatureBuilder Mutation(Action<ObjectGraphType> addFields)
    {
        _schema.AddMutationFields(addFields);
        return this;
    }

    /// <summary>Adds fields to the root <c>Subscription</c> type, each with a stream resolver over the event hub.</summary>
    public FeatureBuilder Subscription(Action<ObjectGraphType> addFields)
    {
        _schema.AddSubscriptionFields(addFields);
        return this;
    }

    /// <summary>Publishes events from the changes each save makes, through <typeparamref name="TCollector"/>.</summary>
    public FeatureBuilder Events<TCollector>()
        where TCollector : class, Network.Server.GraphQL.Subscriptions.IEventCollector
    {
        services.AddSingleton<Network.Server.GraphQL.Subscriptions.IEventCollector, TCollector>();
        return this;
    }

    /// <summary>Adds types that no field reaches by its declared type, such as the types behind a type reference.</summary>
    public FeatureBuilder Types(params Type[] graphTypes)
    {
        Array.ForEach(graphTypes, _schema.AddType);
        return this;
    }

    /// <summary>Maps a CLR type used in inputs to its graph type.</summary>
    public FeatureBuilder TypeMapping<TClrType, TGraphType>()
        where TGraphType : IGraphType
    {
        _schema.AddTypeMapping(typeof(TClrType), typeof(TGraphType));
        return this;
    }

    /// <summary>Adds a <c>where</c> input type, with the input types it refers to.</summary>
    public FeatureBuilder Filter(IFilterDefinition filter)
    {
        _schema.AddFilter(filter);
        return this;
    }

    /// <summary>Adds an <c>order</c> input type, with the input types it refers to.</summary>
    public FeatureBuilder Sort(ISortDefinition sort)
    {
        _schema.AddSort(sort);
        return this;
    }

    /// <summary>Adds fields to another feature's object type.</summary>
    public FeatureBuilder Extend<TGraphType>(Action<TGraphType> addFields)
        where TGraphType : IGraphType
    {
        _schema.Extend(addFields);
        return this;
    }

    /// <summary>Adds fields to another feature's filter input.</summary>
    public FeatureBuilder Extend<T>(FilterDefinition<T> filter, Action<FilterDefinition<T>> addFields)
    {
        addFields(_schema.FilterExtensions.For(filter));
        return this;
    }

    /// <summary>Adds a data loader: one per request, so that every resolver of a request shares its batches.</summary>
    public FeatureBuilder DataLoader<TLoader>()
        where TLoader : class
    {
        Services.AddScoped<TLoader>();
        return this;
    }

    /// <summary>
    /// Makes <paramref name="typeName"/> a node type that <c>node</c> and <c>nodes</c> fetch through its by-ID
    /// data loader (registered here too); a node that fails the request's <paramref name="visibility"/> test is null.
    /// </summary>
    public FeatureBuilder Node<TLoader, T>(string typeName, Func<IResolveFieldContext, Predicate<T>>? visibility = null)
        where TLoader : EntityByIdDataLoader<T>
        where T : class
    {
        Services.AddSingleton<INodeResolver>(new DataLoaderNodeResolver<TLoader, T>(typeName, visibility));
        return DataLoader<TLoader>();
    }

    /// <summary>Adds HTTP endpoints besides <c>/graphql</c>, such as a calendar feed.</summary>
    public FeatureBuilder Endpoints(Action<IEndpointRouteBuilder> map)
    {
        services.GetOrAddInstance<FeatureEndpoints>().Add(map);
        return this;
    }

    /// <summary>Adds a command the executable runs instead of serving: <c>dotnet run -- name [options]</c>.</summary>
    public FeatureBuilder Command(string name, Func<WebApplication, HostCommand, Task<int>> run)
    {
        Services.AddHostCommand(name, run);
        return this;
    }
}
