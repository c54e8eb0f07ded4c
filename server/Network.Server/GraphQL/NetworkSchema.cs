using GraphQL;
using GraphQL.Types;
using Network.Server.Employers;
using Network.Server.GraphQL.Filtering;
using Network.Server.GraphQL.Scalars;
using Network.Server.GraphQL.Sorting;
using Network.Server.GraphQL.Spatial;
using Network.Server.Matching;
using Network.Server.Mentors;
using Network.Server.Pairings;
using Network.Server.Privacy;
using Network.Server.Skills;
using Network.Server.SkillsGaps;

namespace Network.Server.GraphQL;

public sealed class NetworkSchema : Schema
{
    private static readonly IFilterDefinition[] Filters =
        [SkillFilters.Definition, EmployerFilters.Definition, SkillsGapFilters.Definition, MentorFilters.Definition, PairingFilters.Definition];

    private static readonly ISortDefinition[] Sorts =
        [SkillFilters.Sorting, EmployerFilters.Sorting, SkillsGapFilters.Sorting, MentorFilters.Sorting, PairingFilters.Sorting];

    public NetworkSchema(IServiceProvider services)
        : base(services)
    {
        Description = "The West Midlands Skills Network: skills gaps, volunteer mentors and cross-company pairings.";
        Query = services.GetRequiredService<QueryGraphType>();
        Mutation = services.GetRequiredService<MutationGraphType>();

        RegisterVisitor(new AccessSchemaVisitor());
        this.RegisterTypeMapping<DateTimeOffset, IsoDateTimeGraphType>();
        this.RegisterTypeMapping<MentorSkillInput, MentorSkillInputGraphType>();
        this.RegisterTypeMapping<PlannedPairingInput, PlannedPairingInputGraphType>();
        this.RegisterType<NearInputGraphType>();
        this.RegisterType<SortEnumGraphType>();
        this.RegisterType<GeoJsonPointGraphType>();
        this.RegisterType<PersonalDataExportGraphType>();
        this.RegisterType<PairingPlanGraphType>();
        var inputTypes = new Dictionary<string, IInputObjectGraphType>();
        foreach (var filter in Filters)
        {
            filter.CollectGraphTypes(inputTypes);
        }

        foreach (var type in inputTypes.Values.Concat(Sorts.SelectMany(s => s.CreateGraphTypes())).DistinctBy(t => t.Name))
        {
            RegisterType(type);
        }
    }
}
