using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Network.Server.Employers;
using Network.Server.Skills;
using Network.Server.Tests.Infrastructure;

namespace Network.Server.Tests.Employers;

public sealed class RegisterEmployerTests(NetworkApp app) : IClassFixture<NetworkApp>
{
    private const string RegisterEmployer = """
        mutation($input: RegisterEmployerInput!) {
          registerEmployer(input: $input) {
            employer {
              id name sector size postcode website createdAt updatedAt
              location { type coordinates crs }
              localAuthority { code name combinedAuthority }
            }
            errors {
              __typename
              ... on Error { message }
              ... on BlankValueError { field }
              ... on ValueTooLongError { field maxLength }
              ... on InvalidUrlError { field }
              ... on InvalidPostcodeError { field postcode }
              ... on PostcodeNotFoundError { field postcode }
              ... on PostcodeOutsideRegionError { field postcode }
            }
          }
        }
        """;

    [Fact]
    public async Task RegisterEmployer_places_a_Coventry_postcode_in_Coventry()
    {
        var before = DateTimeOffset.UtcNow.AddSeconds(-1);

        var payload = await RegisterAsync(new
        {
            name = "Canal Basin Fabrication",
            sector = "ENGINEERING_MANUFACTURING",
            size = "SMALL",
            postcode = "cv1 2jh",
            website = "https://canalbasin.example",
        });

        Assert.Null(payload["errors"]);
        var employer = payload["employer"]!;
        Assert.Equal("Canal Basin Fabrication", employer["name"]!.GetValue<string>());
        Assert.Equal("ENGINEERING_MANUFACTURING", employer["sector"]!.GetValue<string>());
        Assert.Equal("SMALL", employer["size"]!.GetValue<string>());
        Assert.Equal("CV1 2JH", employer["postcode"]!.GetValue<string>());
        Assert.Equal("https://canalbasin.example", employer["website"]!.GetValue<string>());
        Assert.Equal("E08000026", employer["localAuthority"]!["code"]!.GetValue<string>());
        Assert.Equal("Coventry", employer["localAuthority"]!["name"]!.GetValue<string>());
        Assert.True(employer["localAuthority"]!["combinedAuthority"]!.GetValue<bool>());
        Assert.Equal("Point", employer["location"]!["type"]!.GetValue<string>());
        Assert.Equal(-1.506, employer["location"]!["coordinates"]![0]!.GetValue<double>(), 5);
        Assert.Equal(52.40939, employer["location"]!["coordinates"]![1]!.GetValue<double>(), 5);
        Assert.Equal(4326, employer["location"]!["crs"]!.GetValue<int>());
        var createdAt = DateTimeOffset.Parse(employer["createdAt"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(createdAt, before, DateTimeOffset.UtcNow.AddSeconds(1));
        Assert.Equal(employer["createdAt"]!.GetValue<string>(), employer["updatedAt"]!.GetValue<string>());

        await using var db = app.CreateDbContext();
        var row = await db.Employers.SingleAsync(e => e.Name == "Canal Basin Fabrication");
        Assert.Equal(TestData.Id("Employer", row.Id), employer["id"]!.GetValue<string>());
        Assert.Equal(Sector.EngineeringManufacturing, row.Sector);
        Assert.Equal(SizeBand.Small, row.Size);
        Assert.Equal("CV1 2JH", row.Postcode);
        Assert.Equal("E08000026", row.LocalAuthorityCode);
        Assert.Equal("Coventry", row.LocalAuthorityName);
        Assert.Equal(-1.506, row.Location.X, 5);
        Assert.Equal(52.40939, row.Location.Y, 5);
    }

    [Fact]
    public async Task RegisterEmployer_places_a_Birmingham_postcode_in_Birmingham()
    {
        var payload = await RegisterAsync(Input("Colmore Row Consulting", "B1 1AA", sector: "ICT_DIGITAL", size: "MEDIUM"));

        Assert.Null(payload["errors"]);
        Assert.Equal("E08000025", payload["employer"]!["localAuthority"]!["code"]!.GetValue<string>());
        Assert.Equal("Birmingham", payload["employer"]!["localAuthority"]!["name"]!.GetValue<string>());
        Assert.Null(payload["employer"]!["website"]);
        await using var db = app.CreateDbContext();
        var row = await db.Employers.SingleAsync(e => e.Name == "Colmore Row Consulting");
        Assert.Equal("E08000025", row.LocalAuthorityCode);
        Assert.Equal(SizeBand.Medium, row.Size);
    }

    [Fact]
    public async Task RegisterEmployer_places_a_Warwickshire_district_outside_the_combined_authority()
    {
        var payload = await RegisterAsync(Input("Stratford Joinery", "CV37 6AA"));

        Assert.Equal("E10000031", payload["employer"]!["localAuthority"]!["code"]!.GetValue<string>());
        Assert.Equal("Warwickshire", payload["employer"]!["localAuthority"]!["name"]!.GetValue<string>());
        Assert.False(payload["employer"]!["localAuthority"]!["combinedAuthority"]!.GetValue<bool>());
    }

    [Fact]
    public async Task RegisterEmployer_trims_the_name_and_accepts_200_characters()
    {
        var longest = new string('N', 200);

        var trimmed = await RegisterAsync(Input("   Trimmed Tiles Ltd  ", "WS1 1AA"));
        var full = await RegisterAsync(Input(longest, "WS1 1AA"));

        Assert.Equal("Trimmed Tiles Ltd", trimmed["employer"]!["name"]!.GetValue<string>());
        Assert.Equal(longest, full["employer"]!["name"]!.GetValue<string>());
        await using var db = app.CreateDbContext();
        Assert.True(await db.Employers.AnyAsync(e => e.Name == "Trimmed Tiles Ltd"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public async Task RegisterEmployer_rejects_a_blank_name(string name)
    {
        var error = await SingleErrorAsync(Input(name, "B1 1AA"));

        Assert.Equal("BlankValueError", error["__typename"]!.GetValue<string>());
        Assert.Equal("name", error["field"]!.GetValue<string>());
        Assert.Equal("name must not be blank.", error["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task RegisterEmployer_rejects_a_name_of_201_characters()
    {
        var error = await SingleErrorAsync(Input(new string('x', 201), "B1 1AA"));

        Assert.Equal("ValueTooLongError", error["__typename"]!.GetValue<string>());
        Assert.Equal("name", error["field"]!.GetValue<string>());
        Assert.Equal(200, error["maxLength"]!.GetValue<int>());
        Assert.Equal("name must be at most 200 characters.", error["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task RegisterEmployer_rejects_a_website_of_301_characters()
    {
        var error = await SingleErrorAsync(Input("Long Link Ltd", "B1 1AA", website: "https://" + new string('w', 289) + ".com"));

        Assert.Equal("ValueTooLongError", error["__typename"]!.GetValue<string>());
        Assert.Equal("website", error["field"]!.GetValue<string>());
        Assert.Equal(300, error["maxLength"]!.GetValue<int>());
    }

    [Theory]
    [InlineData("canal basin dot com")]
    [InlineData("ftp://canalbasin.example")]
    [InlineData("https://localhost")]
    public async Task RegisterEmployer_rejects_a_website_that_is_not_a_web_address(string website)
    {
        var error = await SingleErrorAsync(Input("Bad Link Ltd", "B1 1AA", website: website));

        Assert.Equal("InvalidUrlError", error["__typename"]!.GetValue<string>());
        Assert.Equal("website", error["field"]!.GetValue<string>());
    }

    [Fact]
    public async Task RegisterEmployer_rejects_a_malformed_postcode()
    {
        var error = await SingleErrorAsync(Input("Malformed Postcode Ltd", "NOT A POSTCODE"));

        Assert.Equal("InvalidPostcodeError", error["__typename"]!.GetValue<string>());
        Assert.Equal("postcode", error["field"]!.GetValue<string>());
        Assert.Equal("NOT A POSTCODE", error["postcode"]!.GetValue<string>());
        Assert.Equal("'NOT A POSTCODE' is not a valid UK postcode.", error["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task RegisterEmployer_rejects_a_postcode_outside_the_region()
    {
        var error = await SingleErrorAsync(Input("Westminster Widgets", "sw1a 1aa"));

        Assert.Equal("PostcodeOutsideRegionError", error["__typename"]!.GetValue<string>());
        Assert.Equal("postcode", error["field"]!.GetValue<string>());
        Assert.Equal("SW1A 1AA", error["postcode"]!.GetValue<string>());
        Assert.Equal("SW1A 1AA is outside the West Midlands.", error["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task RegisterEmployer_rejects_an_unknown_district_of_a_regional_area()
    {
        var error = await SingleErrorAsync(Input("Nowhere Street Ltd", "B99 9ZZ"));

        Assert.Equal("PostcodeNotFoundError", error["__typename"]!.GetValue<string>());
        Assert.Equal("postcode", error["field"]!.GetValue<string>());
        Assert.Equal("B99 9ZZ", error["postcode"]!.GetValue<string>());
        Assert.Equal("The postcode district B99 is not known.", error["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task RegisterEmployer_reports_every_error_at_once()
    {
        var count = await CountAsync();

        var payload = await RegisterAsync(Input(" ", "NOT A POSTCODE", website: "https://" + new string('w', 289) + ".com"));

        Assert.Null(payload["employer"]);
        Assert.Equal(
            ["BlankValueError", "ValueTooLongError", "InvalidPostcodeError"],
            payload["errors"]!.AsArray().Select(e => e!["__typename"]!.GetValue<string>()));
        Assert.Equal(["name", "website", "postcode"], payload["errors"]!.AsArray().Select(e => e!["field"]!.GetValue<string>()));
        Assert.Equal(count, await CountAsync());
    }

    private static object Input(string name, string postcode, string sector = "CONSTRUCTION", string size = "SMALL", string? website = null) =>
        new { name, sector, size, postcode, website };

    private async Task<JsonNode> RegisterAsync(object input) =>
        (await app.CreateGraphQLClient().QueryAsync(RegisterEmployer, new { input }))["registerEmployer"]!;

    private async Task<JsonNode> SingleErrorAsync(object input)
    {
        var count = await CountAsync();

        var payload = await RegisterAsync(input);

        Assert.Null(payload["employer"]);
        Assert.Equal(count, await CountAsync());
        return Assert.Single(payload["errors"]!.AsArray())!;
    }

    private async Task<int> CountAsync()
    {
        await using var db = app.CreateDbContext();
        return await db.Employers.CountAsync();
    }
}
