using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Network.Server.Employers;
using Network.Server.Skills;
using Network.Server.Tests.Infrastructure;

namespace Network.Server.Tests.Employers;

public sealed class UpdateEmployerTests(NetworkApp app) : IClassFixture<NetworkApp>
{
    private const string UpdateEmployer = """
        mutation($input: UpdateEmployerInput!) {
          updateEmployer(input: $input) {
            employer { id name sector size postcode website updatedAt localAuthority { code name combinedAuthority } }
            errors {
              __typename
              ... on Error { message }
              ... on BlankValueError { field }
              ... on NullNotAllowedError { field }
              ... on ValueTooLongError { field maxLength }
              ... on InvalidPostcodeError { field postcode }
              ... on PostcodeNotFoundError { field postcode }
              ... on PostcodeOutsideRegionError { field postcode }
              ... on InvalidIdError { field id expectedType }
              ... on EmployerNotFoundError { employerId }
            }
          }
        }
        """;

    [Fact]
    public async Task UpdateEmployer_changes_the_fields_given_and_keeps_the_rest()
    {
        var employer = await new TestData(app).EmployerAsync("Moving Makers", Sector.EngineeringManufacturing, "CV1 2JH", SizeBand.Small);
        var id = TestData.Id("Employer", employer.Id);

        var payload = await UpdateAsync(new { employerId = id, name = "Moving Makers Group", size = "MEDIUM", postcode = "b1 1aa" });

        Assert.Null(payload["errors"]);
        var updated = payload["employer"]!;
        Assert.Equal(id, updated["id"]!.GetValue<string>());
        Assert.Equal("Moving Makers Group", updated["name"]!.GetValue<string>());
        Assert.Equal("MEDIUM", updated["size"]!.GetValue<string>());
        Assert.Equal("ENGINEERING_MANUFACTURING", updated["sector"]!.GetValue<string>());
        Assert.Equal("B1 1AA", updated["postcode"]!.GetValue<string>());
        Assert.Equal("E08000025", updated["localAuthority"]!["code"]!.GetValue<string>());

        var row = await app.FindAsync<Employer>(employer.Id);
        Assert.Equal("Moving Makers Group", row.Name);
        Assert.Equal(SizeBand.Medium, row.Size);
        Assert.Equal(Sector.EngineeringManufacturing, row.Sector);
        Assert.Equal("B1 1AA", row.Postcode);
        Assert.Equal("E08000025", row.LocalAuthorityCode);
        Assert.Equal("Birmingham", row.LocalAuthorityName);
        Assert.Equal(-1.90723, row.Location.X, 5);
        Assert.Equal(52.47872, row.Location.Y, 5);
        Assert.True(row.UpdatedAt > employer.UpdatedAt);
        Assert.Equal(employer.CreatedAt, row.CreatedAt);
    }

    [Fact]
    public async Task UpdateEmployer_with_only_an_id_changes_nothing_but_the_update_time()
    {
        var employer = await new TestData(app).EmployerAsync("Steady State Ltd", Sector.Construction, "WV1 1AA", SizeBand.Micro);

        var payload = await UpdateAsync(new { employerId = TestData.Id("Employer", employer.Id) });

        Assert.Null(payload["errors"]);
        var row = await app.FindAsync<Employer>(employer.Id);
        Assert.Equal("Steady State Ltd", row.Name);
        Assert.Equal(Sector.Construction, row.Sector);
        Assert.Equal(SizeBand.Micro, row.Size);
        Assert.Equal("WV1 1AA", row.Postcode);
        Assert.Equal("E08000031", row.LocalAuthorityCode);
    }

    [Fact]
    public async Task UpdateEmployer_sets_and_clears_the_website()
    {
        var employer = await new TestData(app).EmployerAsync("Web Presence Ltd", Sector.IctDigital, "B5 5EE");
        var id = TestData.Id("Employer", employer.Id);

        var set = await UpdateAsync(new { employerId = id, website = "  https://presence.example  " });
        var cleared = await UpdateAsync(new { employerId = id, website = "" });

        Assert.Equal("https://presence.example", set["employer"]!["website"]!.GetValue<string>());
        Assert.Null(cleared["employer"]!["website"]);
        Assert.Null((await app.FindAsync<Employer>(employer.Id)).Website);
    }

    [Fact]
    public async Task UpdateEmployer_rejects_a_blank_name()
    {
        var employer = await new TestData(app).EmployerAsync("Blank Name Target", Sector.IctDigital, "B5 5EE");

        var error = await SingleErrorAsync(employer, new { employerId = TestData.Id("Employer", employer.Id), name = "  " });

        Assert.Equal("BlankValueError", error["__typename"]!.GetValue<string>());
        Assert.Equal("name", error["field"]!.GetValue<string>());
        Assert.Equal("name must not be blank.", error["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task UpdateEmployer_rejects_a_name_of_201_characters()
    {
        var employer = await new TestData(app).EmployerAsync("Long Name Target", Sector.IctDigital, "B5 5EE");

        var error = await SingleErrorAsync(employer, new { employerId = TestData.Id("Employer", employer.Id), name = new string('n', 201) });

        Assert.Equal("ValueTooLongError", error["__typename"]!.GetValue<string>());
        Assert.Equal("name", error["field"]!.GetValue<string>());
        Assert.Equal(200, error["maxLength"]!.GetValue<int>());
    }

    [Fact]
    public async Task UpdateEmployer_rejects_a_website_of_301_characters()
    {
        var employer = await new TestData(app).EmployerAsync("Long Website Target", Sector.IctDigital, "B5 5EE");

        var error = await SingleErrorAsync(employer, new { employerId = TestData.Id("Employer", employer.Id), website = "https://" + new string('w', 289) + ".com" });

        Assert.Equal("ValueTooLongError", error["__typename"]!.GetValue<string>());
        Assert.Equal("website", error["field"]!.GetValue<string>());
        Assert.Equal(300, error["maxLength"]!.GetValue<int>());
    }

    [Theory]
    [InlineData("NOT A POSTCODE", "InvalidPostcodeError", "NOT A POSTCODE", "'NOT A POSTCODE' is not a valid UK postcode.")]
    [InlineData("SW1A 1AA", "PostcodeOutsideRegionError", "SW1A 1AA", "SW1A 1AA is outside the West Midlands.")]
    [InlineData("b99 9zz", "PostcodeNotFoundError", "B99 9ZZ", "The postcode district B99 is not known.")]
    public async Task UpdateEmployer_rejects_a_postcode_it_cannot_place(string postcode, string typeName, string reported, string message)
    {
        var employer = await new TestData(app).EmployerAsync($"Postcode Target {typeName}", Sector.Construction, "CV1 2JH");

        var error = await SingleErrorAsync(employer, new { employerId = TestData.Id("Employer", employer.Id), postcode });

        Assert.Equal(typeName, error["__typename"]!.GetValue<string>());
        Assert.Equal("postcode", error["field"]!.GetValue<string>());
        Assert.Equal(reported, error["postcode"]!.GetValue<string>());
        Assert.Equal(message, error["message"]!.GetValue<string>());
        Assert.Equal("CV1 2JH", (await app.FindAsync<Employer>(employer.Id)).Postcode);
    }

    [Fact]
    public async Task UpdateEmployer_rejects_the_id_of_another_type()
    {
        var employer = await new TestData(app).EmployerAsync("Wrong Id Type Target", Sector.Construction, "CV1 2JH");
        var skillId = TestData.Id("Skill", TestData.Skill("budget-planning"));

        var error = await SingleErrorAsync(employer, new { employerId = skillId, name = "Renamed By Mistake" });

        Assert.Equal("InvalidIdError", error["__typename"]!.GetValue<string>());
        Assert.Equal("employerId", error["field"]!.GetValue<string>());
        Assert.Equal(skillId, error["id"]!.GetValue<string>());
        Assert.Equal("Employer", error["expectedType"]!.GetValue<string>());
        Assert.Contains("Skill ID", error["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task UpdateEmployer_rejects_a_malformed_id()
    {
        var employer = await new TestData(app).EmployerAsync("Malformed Id Target", Sector.Construction, "CV1 2JH");

        var error = await SingleErrorAsync(employer, new { employerId = "employer-1", name = "Renamed By Mistake" });

        Assert.Equal("InvalidIdError", error["__typename"]!.GetValue<string>());
        Assert.Equal("employerId", error["field"]!.GetValue<string>());
        Assert.Equal("employer-1", error["id"]!.GetValue<string>());
        Assert.Equal("Employer", error["expectedType"]!.GetValue<string>());
        Assert.Equal("employerId is not a valid ID.", error["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task UpdateEmployer_reports_an_employer_that_does_not_exist()
    {
        var id = TestData.Id("Employer", 999_999);

        var payload = await UpdateAsync(new { employerId = id, name = "Ghost Ltd" });

        Assert.Null(payload["employer"]);
        var error = Assert.Single(payload["errors"]!.AsArray())!;
        Assert.Equal("EmployerNotFoundError", error["__typename"]!.GetValue<string>());
        Assert.Equal(id, error["employerId"]!.GetValue<string>());
        Assert.Equal($"No employer has the ID {id}.", error["message"]!.GetValue<string>());
        await using var db = app.CreateDbContext();
        Assert.False(await db.Employers.AnyAsync(e => e.Name == "Ghost Ltd"));
    }

    [Fact]
    public async Task UpdateEmployer_reports_every_error_at_once()
    {
        var employer = await new TestData(app).EmployerAsync("Many Errors Target", Sector.Construction, "CV1 2JH");

        var payload = await UpdateAsync(new { employerId = TestData.Id("Skill", 1), name = "", postcode = "SW1A 1AA" });

        Assert.Null(payload["employer"]);
        Assert.Equal(
            ["InvalidIdError", "BlankValueError", "PostcodeOutsideRegionError"],
            payload["errors"]!.AsArray().Select(e => e!["__typename"]!.GetValue<string>()));
        await AssertUnchangedAsync(employer);
    }

    [Fact]
    public async Task UpdateEmployer_removes_a_website_given_as_null_and_keeps_one_left_out()
    {
        var employer = await new TestData(app).EmployerAsync("Null Website Ltd", Sector.IctDigital, "B5 5EE");
        var id = TestData.Id("Employer", employer.Id);
        await UpdateAsync(new { employerId = id, website = "https://null-website.example" });

        var leftOut = await UpdateAsync(new { employerId = id, name = "Null Website Group" });
        var keptRow = await app.FindAsync<Employer>(employer.Id);
        var cleared = await UpdateAsync(new { employerId = id, website = (string?)null });
        var clearedRow = await app.FindAsync<Employer>(employer.Id);

        Assert.Null(leftOut["errors"]);
        Assert.Equal("https://null-website.example", leftOut["employer"]!["website"]!.GetValue<string>());
        Assert.Equal("https://null-website.example", keptRow.Website);
        Assert.Null(cleared["errors"]);
        Assert.Null(cleared["employer"]!["website"]);
        Assert.Null(clearedRow.Website);
        Assert.Equal("Null Website Group", clearedRow.Name);
        Assert.True(clearedRow.UpdatedAt > keptRow.UpdatedAt);
    }

    [Theory]
    [InlineData("name")]
    [InlineData("sector")]
    [InlineData("size")]
    [InlineData("postcode")]
    [InlineData("requiresPairingApproval")]
    public async Task UpdateEmployer_refuses_null_for_a_field_that_must_have_a_value(string field)
    {
        var employer = await new TestData(app).EmployerAsync($"Null {field} Target", Sector.Construction, "CV1 2JH", SizeBand.Medium);

        var error = await SingleErrorAsync(employer, new JsonObject
        {
            ["employerId"] = TestData.Id("Employer", employer.Id),
            ["website"] = "https://not-written.example",
            [field] = null,
        });

        Assert.Equal("NullNotAllowedError", error["__typename"]!.GetValue<string>());
        Assert.Equal(field, error["field"]!.GetValue<string>());
        Assert.Equal($"{field} cannot be null; leave it out to keep its value.", error["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task UpdateEmployer_reports_each_field_given_as_null_that_must_have_a_value()
    {
        var employer = await new TestData(app).EmployerAsync("Many Nulls Target", Sector.Construction, "CV1 2JH");

        var payload = await UpdateAsync(new { employerId = TestData.Id("Employer", employer.Id), name = (string?)null, sector = (string?)null, website = (string?)null });

        Assert.Null(payload["employer"]);
        Assert.Equal(["name", "sector"], payload["errors"]!.AsArray().Select(e => e!["field"]!.GetValue<string>()));
        Assert.All(payload["errors"]!.AsArray(), e => Assert.Equal("NullNotAllowedError", e!["__typename"]!.GetValue<string>()));
        await AssertUnchangedAsync(employer);
    }

    [Fact]
    public async Task UpdateEmployer_tells_null_from_left_out_in_literals_and_in_variables_inside_the_input()
    {
        const string WithVariable = """
            mutation($id: ID!, $website: String) {
              updateEmployer(input: { employerId: $id, website: $website }) { employer { website } errors { __typename } }
            }
            """;
        var employer = await new TestData(app).EmployerAsync("Literal Null Ltd", Sector.IctDigital, "B5 5EE");
        var id = TestData.Id("Employer", employer.Id);
        var client = app.CreateGraphQLClient();
        await UpdateAsync(new { employerId = id, website = "https://literal.example" });

        var variableLeftOut = await client.QueryAsync(WithVariable, new { id });
        var nameAsNull = await client.QueryAsync($$"""mutation { updateEmployer(input: { employerId: "{{id}}", name: null }) { errors { __typename } } }""");
        var websiteAsNull = await client.QueryAsync($$"""mutation { updateEmployer(input: { employerId: "{{id}}", website: null }) { employer { website } } }""");
        await UpdateAsync(new { employerId = id, website = "https://literal.example" });
        var variableAsNull = await client.QueryAsync(WithVariable, new { id, website = (string?)null });

        Assert.Equal("https://literal.example", variableLeftOut["updateEmployer"]!["employer"]!["website"]!.GetValue<string>());
        Assert.Equal("NullNotAllowedError", nameAsNull["updateEmployer"]!["errors"]![0]!["__typename"]!.GetValue<string>());
        Assert.Null(websiteAsNull["updateEmployer"]!["employer"]!["website"]);
        Assert.Null(variableAsNull["updateEmployer"]!["employer"]!["website"]);
        Assert.Null((await app.FindAsync<Employer>(employer.Id)).Website);
        Assert.Equal("Literal Null Ltd", (await app.FindAsync<Employer>(employer.Id)).Name);
    }

    private async Task<JsonNode> UpdateAsync(object input) =>
        (await app.CreateGraphQLClient().QueryAsync(UpdateEmployer, new { input }))["updateEmployer"]!;

    private async Task<JsonNode> SingleErrorAsync(Employer employer, object input)
    {
        var payload = await UpdateAsync(input);

        Assert.Null(payload["employer"]);
        await AssertUnchangedAsync(employer);
        return Assert.Single(payload["errors"]!.AsArray())!;
    }

    private async Task AssertUnchangedAsync(Employer employer)
    {
        var row = await app.FindAsync<Employer>(employer.Id);
        Assert.Equal(employer.Name, row.Name);
        Assert.Equal(employer.Sector, row.Sector);
        Assert.Equal(employer.Size, row.Size);
        Assert.Equal(employer.Postcode, row.Postcode);
        Assert.Equal(employer.LocalAuthorityCode, row.LocalAuthorityCode);
        Assert.Equal(employer.Website, row.Website);
        Assert.Equal(employer.RequiresPairingApproval, row.RequiresPairingApproval);
        Assert.Equal(employer.UpdatedAt, row.UpdatedAt);
    }
}
