using System.Text.Json;
using Microsoft.AspNetCore.Http;
using NetTopologySuite.Geometries;
using Network.Server.Data;
using Network.Server.Geo;
using Network.Server.GraphQL.Paging;
using Network.Server.GraphQL.Relay;
using Network.Server.SkillsGaps;
using Npgsql;

namespace Network.Benchmarks;

/// <summary>
/// The floor: a hand-written endpoint that reads the same JSON request, sends the same SQL statements
/// EF Core sends for the GraphQL query (in a short transaction, the plan's settings with the page's keys by distance, then its
/// rows by key with their skills and employers) and writes the same JSON response, with nothing in between.
/// </summary>
internal sealed class BaselineEndpoint(string connectionString)
{
    // The page is read by keyset, as for any list ordered by distance alone: the keys in order, then the rows by key.
    public const string PositionsSql = """
        SELECT p."Key", p."Place", p."Distance"
        FROM (
        SELECT q."Key", q."Place" AS "Place", q."Distance", q."Place"::double precision <-> 0 AS "PlaceOrder"
        FROM (
        SELECT s.id AS "Key", e.location <-> @Value1 AS "Distance", e.id AS "Place"
        FROM skills_gaps AS s
        INNER JOIN employers AS e ON s.employer_id = e.id
        WHERE s.status = 0 AND s.status = @Value AND ST_DWithin(e.location, @Value1, @Value2)
        ) AS q
        ORDER BY q."Distance", q."Place"::double precision <-> 0
        OFFSET 0 LIMIT (SELECT 2147483647)
        ) AS p
        ORDER BY p."Distance", p."PlaceOrder", p."Key"
        LIMIT @page_size
        """;

    // The page's rows by key, each with its skill and employer (the query selects both), as EF Core sends it.
    private const string NodesSql = """
        SELECT s.id, s.closed_at, s.description, s.employer_id, s.external_reference, s.hard_to_fill_vacancies, s.published_at, s.sector, s.severity, s.skill_id, s.status, s.updated_at, s0.id, s0.category, s0.esco_uri, s0.name, s0.sectors, s0.slug, e.id, e.created_at, e.local_authority_code, e.local_authority_name, e.location, e.name, e.postcode, e.requires_pairing_approval, e.sector, e.size, e.updated_at, e.website, ST_Distance(e.location, @Value1)
        FROM skills_gaps AS s
        INNER JOIN employers AS e ON s.employer_id = e.id
        INNER JOIN skills AS s0 ON s.skill_id = s0.id
        WHERE s.status = 0 AND s.status = @Value AND ST_DWithin(e.location, @Value1, @Value2) AND s.id = ANY (@Value3)
        """;

    private readonly NpgsqlDataSource _dataSource = new NpgsqlDataSourceBuilder(DataServiceCollectionExtensions.Tune(connectionString)).UseNetTopologySuite().Build();

    public async Task HandleAsync(HttpContext context)
    {
        var request = await JsonSerializer.DeserializeAsync<BaselineRequest>(context.Request.Body, JsonSerializerOptions.Web, context.RequestAborted)
            ?? throw new BadHttpRequestException("A JSON body is needed.");
        var district = ((GeocodeOutcome.Found)PostcodeDirectory.Instance.Geocode(request.Postcode)).District;
        var origin = district.Centroid;

        await using var connection = await _dataSource.OpenConnectionAsync(context.RequestAborted);
        var gaps = await ReadPageAsync(connection, origin, request, context.RequestAborted);

        context.Response.ContentType = "application/json; charset=utf-8";
        await using var json = new Utf8JsonWriter(context.Response.Body);
        json.WriteStartObject();
        json.WriteStartObject("data");
        json.WriteStartObject("skillsGaps");
        json.WriteStartArray("nodes");
        foreach (var gap in gaps.Take(request.First))
        {
            json.WriteStartObject();
            json.WriteString("id", GlobalId.Serialize("SkillsGap", gap.Id));
            json.WriteString("severity", gap.Severity.ToString().ToUpperInvariant());
            json.WriteNumber("hardToFillVacancies", gap.Vacancies);
            json.WriteNumber("distanceKm", gap.Metres / 1000);
            json.WriteStartObject("skill");
            json.WriteString("name", gap.Skill);
            json.WriteEndObject();
            json.WriteStartObject("employer");
            json.WriteString("name", gap.Employer);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndObject();
        await json.FlushAsync(context.RequestAborted);
    }

    private static async Task<List<GapRow>> ReadPageAsync(NpgsqlConnection connection, Point origin, BaselineRequest request, CancellationToken cancellationToken)
    {
        var keys = new List<int>();
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        // The plan's settings go in the keys' command, as the server sends them.
        await using (var positions = new NpgsqlCommand($"{DistancePlan.Settings};\n{PositionsSql}", connection, transaction))
        {
            AddFilter(positions, origin, request);
            positions.Parameters.AddWithValue("page_size", request.First + 1);
            await using var reader = await positions.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                keys.Add(reader.GetInt32(0));
            }
        }

        var page = keys.Take(request.First).ToArray();
        await using var nodes = new NpgsqlCommand(NodesSql, connection, transaction);
        AddFilter(nodes, origin, request);
        nodes.Parameters.AddWithValue("Value3", page);
        var rows = new Dictionary<int, GapRow>();
        await using (var reader = await nodes.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                var row = new GapRow(reader.GetInt32(0), reader.GetInt32(5), (SkillsGapSeverity)reader.GetInt32(8), reader.GetString(15), reader.GetString(23), reader.GetDouble(30));
                rows[row.Id] = row;
            }
        }

        await transaction.CommitAsync(cancellationToken);
        return [.. page.Where(rows.ContainsKey).Select(key => rows[key])];
    }

    private static void AddFilter(NpgsqlCommand command, Point origin, BaselineRequest request)
    {
        command.Parameters.AddWithValue("Value1", origin);
        command.Parameters.AddWithValue("Value", (int)SkillsGapStatus.Open);
        command.Parameters.AddWithValue("Value2", request.RadiusKm * 1000);
    }

    private sealed record BaselineRequest(string Postcode, double RadiusKm, int First);

    private sealed record GapRow(int Id, int Vacancies, SkillsGapSeverity Severity, string Skill, string Employer, double Metres);
}
