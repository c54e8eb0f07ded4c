using Network.Server.GraphQL.Filtering;
using Network.Server.GraphQL.Sorting;

namespace Network.Server.Pairings;

public static class PairingFilters
{
    public static FilterDefinition<Pairing> Definition { get; } = new FilterDefinition<Pairing>("PairingFilterInput")
        .Id("id", p => p.Id, "Pairing")
        .Field("status", p => p.Status)
        .Field("format", p => p.Format)
        .Field("score", p => p.Score)
        .Field("proposedAt", p => p.ProposedAt)
        .Field("acceptedAt", p => p.AcceptedAt)
        .Field("activatedAt", p => p.ActivatedAt)
        .Field("completedAt", p => p.CompletedAt)
        .Field("declinedAt", p => p.DeclinedAt)
        .Field("endedAt", p => p.EndedAt)
        .Field("pausedAt", p => p.PausedAt)
        .Field("endReason", p => p.EndReason);

    public static SortDefinition<Pairing> Sorting { get; } = new SortDefinition<Pairing>("PairingSortInput")
        .Field("status", p => p.Status)
        .Field("score", p => p.Score)
        .Field("proposedAt", p => p.ProposedAt)
        .Field("updatedAt", p => p.UpdatedAt);
}
