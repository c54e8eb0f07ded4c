using Network.Server.GraphQL.Filtering;
using Network.Server.GraphQL.Sorting;

namespace Network.Server.Programmes;

public static class ProgrammeFilters
{
    public static FilterDefinition<Programme> Definition { get; } = new FilterDefinition<Programme>("ProgrammeFilterInput")
        .Id("id", p => p.Id, "Programme")
        .Field("name", p => p.Name)
        .Field("status", p => p.Status)
        .ScalarList("sectors", p => p.Sectors)
        .ScalarList("localAuthorityCodes", p => p.LocalAuthorityCodes)
        .Field("startsOn", p => p.StartsOn)
        .Field("endsOn", p => p.EndsOn)
        .Field("enrolmentClosesOn", p => p.EnrolmentClosesOn)
        .Field("maxPairs", p => p.MaxPairs)
        .Field("createdAt", p => p.CreatedAt);

    public static SortDefinition<Programme> Sorting { get; } = new SortDefinition<Programme>("ProgrammeSortInput")
        .Field("name", p => p.Name)
        .Field("status", p => p.Status)
        .Field("startsOn", p => p.StartsOn)
        .Field("endsOn", p => p.EndsOn)
        .Field("enrolmentClosesOn", p => p.EnrolmentClosesOn)
        .Field("maxPairs", p => p.MaxPairs)
        .Field("createdAt", p => p.CreatedAt)
        .Distance();
}
