using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Network.Server.Geo;
using Network.Server.Tests.Infrastructure;

namespace Network.Server.Tests.Geo;

/// <summary><c>geocode(postcode:)</c> against the shipped West Midlands postcode districts.</summary>
public sealed class GeocodeTests(NetworkApp app) : IClassFixture<NetworkApp>
{
    private const string Fields = "postcode outcode town location { type coordinates crs } localAuthority { code name combinedAuthority }";

    [Fact]
    public async Task A_full_Coventry_postcode_resolves_to_its_district_centroid_and_authority()
    {
        var data = await app.CreateGraphQLClient().QueryAsync($$"""{ geocode(postcode: "cv1 2jh") { {{Fields}} } }""");
        var result = data["geocode"]!;

        Assert.Equal("CV1 2JH", result["postcode"]!.GetValue<string>());
        Assert.Equal("CV1", result["outcode"]!.GetValue<string>());
        Assert.Equal("Coventry", result["town"]!.GetValue<string>());
        Assert.Equal("Point", result["location"]!["type"]!.GetValue<string>());
        Assert.Equal(4326, result["location"]!["crs"]!.GetValue<int>());
        Assert.Equal([-1.50600, 52.40939], result["location"]!["coordinates"]!.AsArray().Select(c => c!.GetValue<double>()));
        Assert.Equal("E08000026", result["localAuthority"]!["code"]!.GetValue<string>());
        Assert.Equal("Coventry", result["localAuthority"]!["name"]!.GetValue<string>());
        Assert.True(result["localAuthority"]!["combinedAuthority"]!.GetValue<bool>());
    }

    [Theory]
    [InlineData("B1", "B1")]
    [InlineData("b11aa", "B1 1AA")]
    [InlineData(" B1  1AA ", "B1 1AA")]
    public async Task Postcodes_are_answered_in_canonical_form(string input, string canonical)
    {
        var data = await app.CreateGraphQLClient().QueryAsync("query($p: String!) { geocode(postcode: $p) { postcode outcode localAuthority { code } } }", new { p = input });

        Assert.Equal(canonical, data["geocode"]!["postcode"]!.GetValue<string>());
        Assert.Equal("B1", data["geocode"]!["outcode"]!.GetValue<string>());
        Assert.Equal("E08000025", data["geocode"]!["localAuthority"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task Surrounding_spaces_are_ignored_however_many_there_are()
    {
        var data = await app.CreateGraphQLClient().QueryAsync("query($p: String!) { geocode(postcode: $p) { postcode } }", new { p = "   CV1 2JH   " });

        Assert.Equal("CV1 2JH", data["geocode"]!["postcode"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_outcode_alone_resolves_to_its_district()
    {
        var data = await app.CreateGraphQLClient().QueryAsync($$"""{ geocode(postcode: "WV1") { {{Fields}} } }""");
        var result = data["geocode"]!;

        Assert.Equal("WV1", result["postcode"]!.GetValue<string>());
        Assert.Equal("WV1", result["outcode"]!.GetValue<string>());
        Assert.Equal([-2.11514, 52.58569], result["location"]!["coordinates"]!.AsArray().Select(c => c!.GetValue<double>()));
        Assert.Equal("E08000031", result["localAuthority"]!["code"]!.GetValue<string>());
        Assert.Equal("Wolverhampton", result["localAuthority"]!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_Warwickshire_district_is_outside_the_combined_authority()
    {
        var data = await app.CreateGraphQLClient().QueryAsync($$"""{ geocode(postcode: "CV34 4AB") { {{Fields}} } }""");
        var result = data["geocode"]!;

        Assert.Equal("CV34", result["outcode"]!.GetValue<string>());
        Assert.Equal("Warwick", result["town"]!.GetValue<string>());
        Assert.Equal("E10000031", result["localAuthority"]!["code"]!.GetValue<string>());
        Assert.Equal("Warwickshire", result["localAuthority"]!["name"]!.GetValue<string>());
        Assert.False(result["localAuthority"]!["combinedAuthority"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Every_shipped_district_resolves_to_its_own_row()
    {
        var rows = ShippedDistricts();
        var results = new Dictionary<int, JsonNode>();

        // 40 districts a request keeps within the request budgets (50 aliases, 500 selections).
        foreach (var chunk in Enumerable.Range(0, rows.Count).Chunk(40))
        {
            var query = new StringBuilder("{");
            foreach (var i in chunk)
            {
                query.Append(CultureInfo.InvariantCulture, $" d{i}: geocode(postcode: \"{rows[i].Outcode}\") {{ {Fields} }}");
            }

            var data = await app.CreateGraphQLClient().QueryAsync(query.Append(" }").ToString());
            foreach (var i in chunk)
            {
                results[i] = data[$"d{i}"]!;
            }
        }

        Assert.True(rows.Count > 200);
        for (var i = 0; i < rows.Count; i++)
        {
            var (outcode, latitude, longitude, town, code, name, combined) = rows[i];
            var result = results[i];
            Assert.Equal(outcode, result["outcode"]!.GetValue<string>());
            Assert.Equal(town, result["town"]!.GetValue<string>());
            Assert.Equal(longitude, result["location"]!["coordinates"]![0]!.GetValue<double>());
            Assert.Equal(latitude, result["location"]!["coordinates"]![1]!.GetValue<double>());
            Assert.Equal(code, result["localAuthority"]!["code"]!.GetValue<string>());
            Assert.Equal(name, result["localAuthority"]!["name"]!.GetValue<string>());
            Assert.Equal(combined, result["localAuthority"]!["combinedAuthority"]!.GetValue<bool>());
        }
    }

    [Theory]
    [InlineData("NOT A POSTCODE", "INVALID_POSTCODE", "'NOT A POSTCODE' is not a valid UK postcode.")]
    [InlineData("", "INVALID_POSTCODE", "'' is not a valid UK postcode.")]
    [InlineData("CV1 2J", "INVALID_POSTCODE", "'CV1 2J' is not a valid UK postcode.")]
    [InlineData("B99 9ZZ", "POSTCODE_NOT_FOUND", "The postcode district B99 is not known.")]
    [InlineData("cv99", "POSTCODE_NOT_FOUND", "The postcode district CV99 is not known.")]
    [InlineData("SW1A 1AA", "POSTCODE_OUTSIDE_REGION", "SW1A 1AA is outside the West Midlands.")]
    [InlineData("M1 1AE", "POSTCODE_OUTSIDE_REGION", "M1 1AE is outside the West Midlands.")]
    public async Task Postcodes_that_cannot_be_placed_say_why(string postcode, string code, string message)
    {
        var response = await app.CreateGraphQLClient().PostAsync("query($p: String!) { geocode(postcode: $p) { outcode } }", new { p = postcode });

        Assert.Equal(code, response.FirstErrorCode);
        Assert.Equal(message, response.Errors![0]!["message"]!.GetValue<string>());
        Assert.Equal(["geocode"], response.Errors[0]!["path"]!.AsArray().Select(p => p!.GetValue<string>()));
        Assert.Null(response.Data);
    }

    private static List<(string Outcode, double Latitude, double Longitude, string Town, string Code, string Name, bool Combined)> ShippedDistricts()
    {
        using var stream = typeof(PostcodeDirectory).Assembly.GetManifestResourceStream("west-midlands-postcodes.csv")!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd()
            .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(line => !line.StartsWith('#') && !line.StartsWith("outcode,", StringComparison.Ordinal))
            .Select(line => line.Split(','))
            .Select(c => (c[0], double.Parse(c[1], CultureInfo.InvariantCulture), double.Parse(c[2], CultureInfo.InvariantCulture), c[3], c[4], c[5], c[6] == "yes"))
            .ToList();
    }
}
