using GraphQL.Types;
using Network.Server.GraphQL.Paging;

namespace Network.Server.Employers;

internal static class EmployerQueries
{
    public static void AddEmployerQueries(this ObjectGraphType query) =>
        query.Connection<EmployerGraphType, Employer>("employers", e => e.Id)
            .Description("Employers in the network, filtered, sorted and, with `near`, within a distance of a place.")
            .Filter(EmployerFilters.Definition)
            .Sort(EmployerFilters.Sorting)
            .Near(e => e.Location)
            .Resolve((_, db) => db.Employers);
}
