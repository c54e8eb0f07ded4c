using GraphQL.Types;
using Network.Server.GraphQL.Paging;
using Network.Server.Identity;

namespace Network.Server.Pairings;

internal static class PairingQueries
{
    public static void AddPairingQueries(this ObjectGraphType query) =>
        query.Connection<PairingGraphType, Pairing>("pairings", p => p.Id)
            .Description("Pairings the caller may see: a mentor their own, an employer admin those of their employer's mentors, coordinators and administrators all.")
            .Filter(PairingFilters.Definition)
            .Sort(PairingFilters.Sorting)
            .Resolve((context, db) => PairingAccess.Filter(context.Caller()) is { } visible ? db.Pairings.Where(visible) : db.Pairings);
}
