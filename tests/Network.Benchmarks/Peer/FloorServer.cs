using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Network.Server.Data;
using Network.Server.Employers;
using Network.Server.Skills;
using Network.Server.SkillsGaps;
using Npgsql;

namespace Network.Benchmarks.Peer;

/// <summary>
/// The floor of the peer comparison: the least an ASP.NET Core server can do for its two logical queries. It reads the
/// request's variables, sends one statement that builds the whole answer in our schema's shape as JSON in PostgreSQL
/// (PostGraphile's way, prepared as Npgsql prepares repeated statements) and writes that text: no GraphQL engine, no
/// object mapper, no data loader. The benchmark starts it as a process of its own (<c>Network.Benchmarks serve-floor</c>,
/// the connection string in <see cref="ConnectionVariable"/>) so that its CPU is measured as the servers' is.
/// </summary>
internal static class FloorServer
{
    public const string Mode = "serve-floor";
    public const string ConnectionVariable = "FLOOR_CONNECTION";

    private static readonly string NestedSql = $"""
        SELECT json_build_object('data', json_build_object('employers', json_build_object('nodes', coalesce(json_agg(json_build_object(
          'id', encode(convert_to('Employer:' || e.id, 'UTF8'), 'base64'),
          'name', e.name,
          'size', {Names<SizeBand>("e.size")},
          'skillsGaps', (
            SELECT coalesce(json_agg(json_build_object(
              'severity', {Names<SkillsGapSeverity>("g.severity")},
              'hardToFillVacancies', g.hard_to_fill_vacancies,
              'status', {Names<SkillsGapStatus>("g.status")},
              'skill', json_build_object('name', s.name, 'category', {Names<SkillCategory>("s.category")})
            ) ORDER BY g.published_at DESC, g.id), '[]'::json)
            FROM skills_gaps AS g INNER JOIN skills AS s ON s.id = g.skill_id
            WHERE g.employer_id = e.id)
        ) ORDER BY e.name, e.id), '[]'::json))))::text
        FROM (
          SELECT id, name, size FROM employers
          WHERE local_authority_code = $1 AND sector = $2
          ORDER BY name, id LIMIT 20) AS e
        """;

    private static readonly string FlatSql = $"""
        SELECT json_build_object('data', json_build_object('skillsGaps', json_build_object('nodes', coalesce(json_agg(json_build_object(
          'id', encode(convert_to('SkillsGap:' || g.id, 'UTF8'), 'base64'),
          'severity', {Names<SkillsGapSeverity>("g.severity")},
          'hardToFillVacancies', g.hard_to_fill_vacancies,
          'publishedAt', g.published_at
        ) ORDER BY g.severity DESC, g.hard_to_fill_vacancies DESC, g.id), '[]'::json))))::text
        FROM (
          SELECT id, severity, hard_to_fill_vacancies, published_at FROM skills_gaps
          WHERE status = {(int)SkillsGapStatus.Open} AND sector = $1
          ORDER BY severity DESC, hard_to_fill_vacancies DESC, id LIMIT 20) AS g
        """;

    public static async Task<int> RunAsync()
    {
        var connectionString = Environment.GetEnvironmentVariable(ConnectionVariable)
            ?? throw new InvalidOperationException($"Set {ConnectionVariable} to the database's connection string.");
        await using var dataSource = NpgsqlDataSource.Create(DataServiceCollectionExtensions.Tune(connectionString));
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        await using var app = builder.Build();
        app.MapGet("/health/ready", () => Results.Ok());
        app.MapPost("/graphql", context => AnswerAsync(context, dataSource));
        await app.RunAsync();
        return 0;
    }

    private static async Task AnswerAsync(HttpContext context, NpgsqlDataSource dataSource)
    {
        using var request = await JsonDocument.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted);
        var variables = request.RootElement.GetProperty("variables");
        var sector = PeerQueries.Number<Sector>(variables.GetProperty("sector"));
        await using var command = dataSource.CreateCommand();
        if (variables.TryGetProperty("authority", out var authority))
        {
            command.CommandText = NestedSql;
            command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = authority.GetString() });
        }
        else
        {
            command.CommandText = FlatSql;
        }

        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = sector });
        var answer = (string)(await command.ExecuteScalarAsync(context.RequestAborted))!;
        context.Response.ContentType = "application/json; charset=utf-8";
        await context.Response.WriteAsync(answer, context.RequestAborted);
    }

    /// <summary>The GraphQL name of a stored enum number (<c>IctDigital</c> → <c>ICT_DIGITAL</c>), as a SQL expression.</summary>
    private static string Names<T>(string column) where T : struct, Enum =>
        $"(ARRAY[{string.Join(", ", Enum.GetValues<T>().Select(v => $"'{PeerQueries.GraphQLName(v)}'"))}])[{column} + 1]";
}
