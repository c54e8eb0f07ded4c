using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Network.Server.Data;
using Network.Server.GraphQL;
using Network.Server.GraphQL.DataLoading;
using Network.Server.GraphQL.Relay;
using Network.Server.Identity;
using Network.Server.Pairings;
using Network.Server.Programmes;

namespace Network.Server.CheckIns;

/// <summary>
/// The fields check-ins add: <c>Pairing.health</c> and <c>Pairing.checkIns</c>, and the root <c>pairingsNeedingAttention</c>.
/// All are for the coordinators of the pairing's programme and administrators (null for anyone else): health counts open
/// concerns, which the people they are about must not learn of.
/// </summary>
internal static class CheckInFields
{
    public static void AddCheckInFields(this PairingGraphType pairing)
    {
        pairing.Field<PairingHealthGraphType>("health")
            .Description("How the pairing is doing against its programme's cadence; null outside programmes, once closed, and for callers other than the programme's coordinators and administrators.")
            .Resolve(c => WhenCoordinated(c, c.Source.Id, () => c.Service<PairingHealthDataLoader>().LoadAsync(c.Source.Id)));
        pairing.Field<ListGraphType<NonNullGraphType<CheckInGraphType>>>("checkIns")
            .Description("Coordinators' check-ins on the pairing, most recent first; null for callers other than its programme's coordinators and administrators.")
            .Resolve(c => WhenCoordinated(c, c.Source.Id, () => c.Service<CheckInsByPairingIdDataLoader>().LoadAsync(c.Source.Id)));
    }

    public static void AddAttentionQuery(this ObjectGraphType query) =>
        query.Field<ListGraphType<NonNullGraphType<PairingHealthGraphType>>>("pairingsNeedingAttention")
            .Description("A programme's open pairings that are STALLED or AT_RISK, most urgent first (stalled before at risk, then the longest without a session), " +
                "for its coordinators and administrators; null for anyone else.")
            .Argument<NonNullGraphType<IdGraphType>>("programmeId")
            .Argument<IntGraphType>("first", "At most this many, 1 to 200; 50 when left out.")
            .ResolveAsync(async c =>
            {
                var programmeId = c.GetArgument<string>("programmeId");
                var key = GlobalId.Parse(programmeId, "Programme");
                var first = Math.Clamp(c.GetArgument<int?>("first") ?? 50, 1, CheckInRules.MaxAttentionList);
                await using var db = await c.Service<IDbContextFactory<NetworkDbContext>>().CreateDbContextAsync(c.CancellationToken);
                var programme = await db.Programmes.AsNoTracking().SingleOrDefaultAsync(p => p.Id == key, c.CancellationToken);
                if (programme is null || !ProgrammeAccess.Coordinates(c.Caller(), programme))
                {
                    return null;
                }

                var health = await PairingHealthReader.ReadAsync(db, db.ProgrammePairings.Where(l => l.ProgrammeId == key), c.Service<TimeProvider>().GetUtcNow(), c.CancellationToken);
                return health.Where(h => h.Status != PairingHealthStatus.OnTrack).Order(PairingHealth.ByUrgency).Take(first).ToList();
            });

    /// <summary>What <paramref name="load"/> loads, for the coordinators of the pairing's programme and administrators; null for anyone else and outside programmes.</summary>
    private static IDataLoaderResult<object?> WhenCoordinated(IResolveFieldContext<Pairing> c, int pairingId, Func<object> load)
    {
        var caller = c.Caller();
        var programmes = c.Service<ProgrammeByIdDataLoader>();
        return c.Service<ProgrammePairingByPairingIdDataLoader>().LoadAsync(pairingId)
            .Then(link => link is null
                ? null
                : (object)programmes.LoadAsync(link.ProgrammeId).Then(p => p is not null && ProgrammeAccess.Coordinates(caller, p) ? load() : null));
    }
}
