using System.Text.Json.Nodes;
using Network.Server.Geo;
using Network.Server.Mentors;
using Network.Server.Skills;
using Network.Server.SkillsGaps;
using Network.Server.Tests.Infrastructure;
using Npgsql;

namespace Network.Server.Tests.Spatial;

public sealed class NearTests(NetworkApp app) : IClassFixture<NetworkApp>, IAsyncLifetime
{
    private const string OpenIctGapsNearCv1 = """
        {
          skillsGaps(
            near: { origin: { postcode: "CV1" }, radiusKm: 15 }
            where: { status: { eq: OPEN }, sector: { eq: ICT_DIGITAL } }
            order: [{ severity: DESC }, { distanceKm: ASC }]
            first: 50) {
            totalCount
            nodes { id severity distanceKm skill { slug } employer { name } }
          }
        }
        """;

    public Task InitializeAsync() => app.SeedOnceAsync(SeedAsync);

    public Task DisposeAsync() => Task.CompletedTask;

    private static async Task SeedAsync(TestData data)
    {
        var coventry = await data.EmployerAsync("Spon End Software", Sector.IctDigital, "CV1 3AA");
        var earlsdon = await data.EmployerAsync("Earlsdon Cyber", Sector.IctDigital, "CV5 6BB");
        var kenilworth = await data.EmployerAsync("Kenilworth Cloud", Sector.IctDigital, "CV8 1CC");
        var leamington = await data.EmployerAsync("Leamington Games", Sector.IctDigital, "CV32 4DD");
        var birmingham = await data.EmployerAsync("Digbeth Data Labs", Sector.IctDigital, "B5 5EE");
        var builder = await data.EmployerAsync("Foleshill Builders", Sector.Construction, "CV6 5FF");

        await data.GapAsync(coventry, "cybersecurity", SkillsGapSeverity.Critical);
        await data.GapAsync(coventry, "cloud-computing", SkillsGapSeverity.Medium);
        await data.GapAsync(earlsdon, "artificial-intelligence", SkillsGapSeverity.High);
        await data.GapAsync(earlsdon, "data-analytics", SkillsGapSeverity.High, status: SkillsGapStatus.Filled);
        await data.GapAsync(kenilworth, "devops", SkillsGapSeverity.Critical);
        await data.GapAsync(leamington, "ux-design", SkillsGapSeverity.Critical);
        await data.GapAsync(birmingham, "machine-learning", SkillsGapSeverity.Critical);
        await data.GapAsync(builder, "building-information-modelling", SkillsGapSeverity.Critical);
    }

    [Fact]
    public async Task Open_ICT_gaps_within_15_km_of_CV1_match_PostGIS()
    {
        var data = await app.CreateGraphQLClient().QueryAsync(OpenIctGapsNearCv1);
        var nodes = data["skillsGaps"]!["nodes"]!.AsArray();

        var expected = await PostGisAsync();
        Assert.Equal(expected.Count, data["skillsGaps"]!["totalCount"]!.GetValue<int>());
        Assert.Equal(expected.Select(e => e.Id), nodes.Select(n => n!["id"]!.GetValue<string>()));
        foreach (var (node, row) in nodes.Zip(expected))
        {
            Assert.Equal(row.DistanceKm, node!["distanceKm"]!.GetValue<double>(), 6);
        }

        Assert.Equal(["Spon End Software", "Kenilworth Cloud", "Leamington Games", "Earlsdon Cyber", "Spon End Software"], nodes.Select(n => n!["employer"]!["name"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Distances_agree_with_an_independent_great_circle_computation()
    {
        var data = await app.CreateGraphQLClient().QueryAsync(OpenIctGapsNearCv1);
        var cv1 = PostcodeDirectory.Instance.FindDistrict("CV1")!;

        foreach (var node in data["skillsGaps"]!["nodes"]!.AsArray())
        {
            var name = node!["employer"]!["name"]!.GetValue<string>();
            var outcode = name switch { "Spon End Software" => "CV1", "Earlsdon Cyber" => "CV5", "Leamington Games" => "CV32", _ => "CV8" };
            var district = PostcodeDirectory.Instance.FindDistrict(outcode)!;
            var haversine = Haversine(cv1.Latitude, cv1.Longitude, district.Latitude, district.Longitude);

            // PostGIS measures on the WGS 84 spheroid; a sphere differs from it by well under 0.5 %.
            Assert.InRange(node["distanceKm"]!.GetValue<double>(), (haversine * 0.995) - 0.001, (haversine * 1.005) + 0.001);
        }
    }

    [Fact]
    public async Task Birmingham_to_Coventry_is_about_27_km()
    {
        var data = await app.CreateGraphQLClient().QueryAsync("""
            { employers(near: { origin: { postcode: "B5" }, radiusKm: 40 }, where: { name: { eq: "Spon End Software" } }) { nodes { distanceKm } } }
            """);

        Assert.InRange(data["employers"]!["nodes"]![0]!["distanceKm"]!.GetValue<double>(), 25, 29);
    }

    [Fact]
    public async Task A_GeoJSON_point_works_as_the_origin()
    {
        var data = await app.CreateGraphQLClient().QueryAsync("""
            { employers(near: { origin: { point: { type: Point, coordinates: [-1.506, 52.40939] } }, radiusKm: 3 }, order: [{ distanceKm: ASC }]) {
                nodes { name distanceKm location { type coordinates } } } }
            """);
        var nodes = data["employers"]!["nodes"]!.AsArray();

        Assert.Equal("Spon End Software", nodes[0]!["name"]!.GetValue<string>());
        Assert.True(nodes[0]!["distanceKm"]!.GetValue<double>() < 0.1);
        Assert.Equal("Point", nodes[0]!["location"]!["type"]!.GetValue<string>());
    }

    [Fact]
    public async Task Mentors_near_a_place_carry_their_distance()
    {
        var data = new TestData(app);
        var employer = await data.EmployerAsync("Walsall Webworks", Sector.IctDigital, "WS1 1AA");
        await data.MentorAsync(employer, "Near Mentor", CareerStage.Early, ["cybersecurity"], ["budget-planning"]);

        var result = await app.CreateGraphQLClient().QueryAsync("""
            { mentors(near: { origin: { postcode: "WS1" }, radiusKm: 1 }) { nodes { displayName distanceKm } } }
            """);

        Assert.Equal("Near Mentor", result["mentors"]!["nodes"]![0]!["displayName"]!.GetValue<string>());
        Assert.Equal(0, result["mentors"]!["nodes"]![0]!["distanceKm"]!.GetValue<double>(), 3);
    }

    [Fact]
    public async Task Without_near_the_distance_is_null()
    {
        var data = await app.CreateGraphQLClient().QueryAsync("{ employers(first: 1) { nodes { distanceKm } } }");

        Assert.Null(data["employers"]!["nodes"]![0]!["distanceKm"]);
    }

    [Theory]
    [InlineData("{ origin: { postcode: \"CV1\" }, radiusKm: 0 }", "RADIUS_OUT_OF_RANGE")]
    [InlineData("{ origin: { postcode: \"CV1\" }, radiusKm: 500 }", "RADIUS_OUT_OF_RANGE")]
    [InlineData("{ radiusKm: 5 }", "ARGUMENTS_OF_CORRECT_TYPE")]
    [InlineData("{ origin: { }, radiusKm: 5 }", "INVALID_VALUE")]
    [InlineData("{ origin: { postcode: null }, radiusKm: 5 }", "INVALID_VALUE")]
    [InlineData("{ origin: { postcode: \"CV1\", point: { coordinates: [-1.5, 52.4] } }, radiusKm: 5 }", "INVALID_VALUE")]
    [InlineData("{ origin: { point: { coordinates: [-200, 52.4] } }, radiusKm: 5 }", "INVALID_NEAR")]
    [InlineData("{ origin: { point: { type: Polygon, coordinates: [-1.5, 52.4] } }, radiusKm: 5 }", "INVALID_NEAR")]
    [InlineData("{ origin: { point: { coordinates: [-1.5, 52.4], crs: 27700 } }, radiusKm: 5 }", "INVALID_NEAR")]
    [InlineData("{ origin: { postcode: \"nonsense\" }, radiusKm: 5 }", "INVALID_POSTCODE")]
    [InlineData("{ origin: { postcode: \"SW1A 1AA\" }, radiusKm: 5 }", "POSTCODE_OUTSIDE_REGION")]
    public async Task Invalid_near_arguments_are_clear_errors(string near, string code)
    {
        var response = await app.CreateGraphQLClient().PostAsync($"{{ employers(near: {near}) {{ totalCount }} }}");

        Assert.Equal(code, response.FirstErrorCode);
        Assert.Null(response.Data?["employers"] as JsonObject);
    }

    private async Task<List<(string Id, double DistanceKm)>> PostGisAsync()
    {
        const string sql = """
            SELECT g.id, ST_Distance(e.location, ST_SetSRID(ST_MakePoint(@lon, @lat), 4326)::geography) / 1000
            FROM skills_gaps g JOIN employers e ON e.id = g.employer_id
            WHERE g.status = 0 AND g.sector = 2
              AND ST_DWithin(e.location, ST_SetSRID(ST_MakePoint(@lon, @lat), 4326)::geography, 15000)
            ORDER BY g.severity DESC, 2, g.id
            """;
        var cv1 = PostcodeDirectory.Instance.FindDistrict("CV1")!;
        await using var connection = new NpgsqlConnection(app.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("lon", cv1.Longitude);
        command.Parameters.AddWithValue("lat", cv1.Latitude);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<(string, double)>();
        while (await reader.ReadAsync())
        {
            rows.Add((TestData.Id("SkillsGap", reader.GetInt32(0)), reader.GetDouble(1)));
        }

        return rows;
    }

    private static double Haversine(double lat1, double lon1, double lat2, double lon2)
    {
        const double earthRadiusKm = 6371.0088;
        static double Radians(double degrees) => degrees * Math.PI / 180;
        var dLat = Radians(lat2 - lat1);
        var dLon = Radians(lon2 - lon1);
        var a = (Math.Sin(dLat / 2) * Math.Sin(dLat / 2)) + (Math.Cos(Radians(lat1)) * Math.Cos(Radians(lat2)) * Math.Sin(dLon / 2) * Math.Sin(dLon / 2));
        return 2 * earthRadiusKm * Math.Asin(Math.Sqrt(a));
    }
}
