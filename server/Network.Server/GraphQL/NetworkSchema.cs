using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.Options;
using Network.Server.GraphQL.Access;
using Network.Server.GraphQL.Budgets;
using Network.Server.GraphQL.Directives;
using Network.Server.GraphQL.Scalars;
using Network.Server.GraphQL.Sorting;
using Network.Server.GraphQL.Spatial;
using Network.Server.GraphQL.Subscriptions;

namespace Network.Server.GraphQL;

/// <summary>The schema: the shared conventions' types, and what the feature modules contribute.</summary>
public sealed class NetworkSchema : Schema
{
    private readonly SchemaContributions _contributions;

    public NetworkSchema(IServiceProvider services)
        : base(services)
    {
        _contributions = services.GetRequiredService<SchemaContributions>();
        Description = "The West Midlands Skills Network: skills gaps, volunteer mentors and cross-company pairings.";
        Query = services.GetRequiredService<QueryGraphType>();
        Mutation = services.GetRequiredService<MutationGraphType>();
        if (_contributions.HasSubscriptionFields)
        {
            Subscription = services.GetRequiredService<SubscriptionGraphType>();
        }

        Directives.Register(new SpecifiedByDirective(), new CostDirective(), new ListSizeDirective());
        RegisterVisitor(new ListSizeSchemaVisitor(services.GetRequiredService<IOptions<RequestBudgetOptions>>().Value));
        RegisterVisitor(new AccessSchemaVisitor([.. services.GetServices<IPersonalDataGrant>()]));
        this.RegisterTypeMapping<DateTimeOffset, IsoDateTimeGraphType>();
        this.RegisterTypeMapping<DateOnly, IsoDateGraphType>();
        this.RegisterTypeMapping<UploadedFile, UploadGraphType>();
        RegisterType(new UnicodeStringGraphType());
        this.RegisterType<NearInputGraphType>();
        this.RegisterType<SortEnumGraphType>();
        this.RegisterType<GeoJsonPointGraphType>();
        foreach (var (clrType, graphType) in _contributions.TypeMappings)
        {
            RegisterTypeMapping(clrType, graphType);
        }

        foreach (var type in _contributions.Types)
        {
            RegisterType(type);
        }

        var inputTypes = new Dictionary<string, IInputObjectGraphType>();
        foreach (var filter in _contributions.Filters)
        {
            filter.CollectGraphTypes(inputTypes, _contributions.FilterExtensions);
        }

        foreach (var type in inputTypes.Values.Concat(_contributions.Sorts.SelectMany(s => s.CreateGraphTypes())).DistinctBy(t => t.Name))
        {
            RegisterType(type);
        }
    }

    protected override void OnBeforeInitializeType(IGraphType graphType) => _contributions.ApplyExtensions(graphType);
}
