using Microsoft.EntityFrameworkCore;
using Network.Server.Data;
using Network.Server.GraphQL.Relay;
using Network.Server.Identity;
using Network.Server.Protection;
using Network.Server.Skills;

namespace Network.Server.Evaluation;

/// <summary>
/// <c>GET /programmes/{programmeId}/evaluation.csv</c>: a programme's evaluation as CSV for funders, with a bearer token of a
/// partner, coordinator or administrator, withheld exactly as <c>programmeEvaluation</c> withholds it for that caller.
/// </summary>
internal static class EvaluationEndpoints
{
    public static string CsvPath(string programmeId) => $"/programmes/{programmeId}/evaluation.csv";

    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/programmes/{programmeId}/evaluation.csv", CsvAsync).WithEdgeProtection();

    private static async Task<IResult> CsvAsync(
        string programmeId, HttpContext http, IDbContextFactory<NetworkDbContext> factory, ProgrammeEvaluationReader reader, CancellationToken cancellationToken)
    {
        var caller = Caller.From(http.User);
        if (caller.Subject is null)
        {
            return Results.Unauthorized();
        }

        if (!caller.IsAny(Readers))
        {
            return Results.StatusCode(StatusCodes.Status403Forbidden);
        }

        if (GlobalId.TryParse(programmeId, "Programme") is not { } key)
        {
            return Results.NotFound();
        }

        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        if (await EvaluationQueries.EvaluateAsync(db, reader, caller, key, cancellationToken) is not { } evaluation)
        {
            return Results.NotFound();
        }

        int[] skillIds = [.. evaluation.Confidence.BySkill.Select(g => g.SkillId ?? 0)];
        var names = await db.Skills.AsNoTracking().Where(s => skillIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.Name, cancellationToken);
        http.Response.Headers.CacheControl = "private, no-store";
        return Results.File(
            System.Text.Encoding.UTF8.GetBytes(EvaluationCsv.Write(evaluation, names)), EvaluationCsv.MediaType, $"programme-{key}-evaluation.csv");
    }

    private static readonly IReadOnlySet<Role> Readers = EvaluationQueries.Readers.ToHashSet();
}
