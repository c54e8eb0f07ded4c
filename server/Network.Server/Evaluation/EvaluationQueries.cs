using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Network.Server.Data;
using Network.Server.GraphQL;
using Network.Server.GraphQL.Relay;
using Network.Server.Identity;
using Network.Server.Programmes;

namespace Network.Server.Evaluation;

/// <summary>The root <c>programmeEvaluation</c> field, and the one path by which both it and the CSV download read an evaluation.</summary>
internal static class EvaluationQueries
{
    /// <summary>Who reads evaluations: partners and coordinators (withheld unless they run the programme) and administrators.</summary>
    public static readonly Role[] Readers = [Role.Partner, Role.Coordinator, Role.Admin];

    public static void AddEvaluationQuery(this ObjectGraphType query) =>
        query.Field<ProgrammeEvaluationGraphType>("programmeEvaluation")
            .Description("A programme's evaluation: in full for its coordinators and administrators; with small numbers withheld for partners and other coordinators. " +
                "Null when no programme the caller can see has the ID.")
            .Argument<NonNullGraphType<IdGraphType>>("programmeId")
            .ResolveAsync(async c =>
            {
                var key = GlobalId.Parse(c.GetArgument<string>("programmeId"), "Programme");
                await using var db = await c.Service<IDbContextFactory<NetworkDbContext>>().CreateDbContextAsync(c.CancellationToken);
                return await EvaluateAsync(db, c.Service<ProgrammeEvaluationReader>(), c.Caller(), key, c.CancellationToken);
            });

    /// <summary>The evaluation of programme <paramref name="id"/> as <paramref name="caller"/> may see it; null when they cannot see the programme.</summary>
    public static async Task<ProgrammeEvaluation?> EvaluateAsync(NetworkDbContext db, ProgrammeEvaluationReader reader, Caller caller, int id, CancellationToken cancellationToken)
    {
        var programme = await db.Programmes.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (programme is null || !ProgrammeAccess.IsVisible(caller, programme))
        {
            return null;
        }

        var evaluation = await reader.ReadAsync(db, programme, cancellationToken);
        return ProgrammeAccess.Coordinates(caller, programme) ? evaluation : EvaluationDisclosure.Protect(evaluation);
    }
}
