using Network.Server.GraphQL.Filtering;
using Network.Server.GraphQL.Sorting;

namespace Network.Server.Employers;

public static class EmployerFilters
{
    public static FilterDefinition<Employer> Definition { get; } = new FilterDefinition<Employer>("EmployerFilterInput")
        .Id("id", e => e.Id, "Employer")
        .Field("name", e => e.Name)
        .Field("sector", e => e.Sector)
        .Field("size", e => e.Size)
        .Field("postcode", e => e.Postcode)
        .Field("localAuthorityCode", e => e.LocalAuthorityCode, "The ONS code of the employer's local authority.")
        .Field("createdAt", e => e.CreatedAt);

    public static SortDefinition<Employer> Sorting { get; } = new SortDefinition<Employer>("EmployerSortInput")
        .Field("name", e => e.Name)
        .Field("sector", e => e.Sector)
        .Field("size", e => e.Size)
        .Field("createdAt", e => e.CreatedAt)
        .Distance();
}
