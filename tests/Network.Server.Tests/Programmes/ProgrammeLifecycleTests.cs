using Microsoft.EntityFrameworkCore;
using Network.Server.Identity;
using Network.Server.Programmes;
using Network.Server.Tests.Infrastructure;

namespace Network.Server.Tests.Programmes;

public sealed class ProgrammeLifecycleTests(NetworkApp app) : IClassFixture<NetworkApp>
{
    private readonly ProgrammeApi _api = new(app);

    [Fact]
    public async Task A_coordinator_creates_a_draft_that_only_its_coordinators_and_administrators_see()
    {
        var id = await _api.CreateAsync(TestCallers.Coordinator, ProgrammeApi.NewProgramme("Draft Coventry"));
        const string Query = "query($id: ID!) { node(id: $id) { ... on Programme { name status coordinatorSubjects codeOfConduct { version text } area { localAuthorities { code } radiusKm } sessions { everyWeeks minutes minimumSessions } } } }";

        var own = await app.CreateGraphQLClient(TestCallers.Coordinator).QueryAsync(Query, new { id });
        var admin = await app.CreateGraphQLClient(TestCallers.Admin).QueryAsync(Query, new { id });
        var otherCoordinator = await app.CreateGraphQLClient(new Caller("another-coordinator", [Role.Coordinator])).QueryAsync(Query, new { id });
        var anonymous = await app.CreateGraphQLClient(TestCallers.Anonymous).QueryAsync(Query, new { id });

        Assert.Equal("DRAFT", own["node"]!["status"]!.GetValue<string>());
        Assert.Equal(["test-coordinator"], own["node"]!["coordinatorSubjects"]!.AsArray().Select(s => s!.GetValue<string>()));
        Assert.Equal(1, own["node"]!["codeOfConduct"]!["version"]!.GetValue<int>());
        Assert.Equal(DefaultCodeOfConduct.Text, own["node"]!["codeOfConduct"]!["text"]!.GetValue<string>());
        Assert.Equal("E08000026", own["node"]!["area"]!["localAuthorities"]![0]!["code"]!.GetValue<string>());
        Assert.Equal(2, own["node"]!["sessions"]!["everyWeeks"]!.GetValue<int>());
        Assert.NotNull(admin["node"]);
        Assert.Null(otherCoordinator["node"]);
        Assert.Null(anonymous["node"]);
    }

    [Fact]
    public async Task Opening_needs_an_objective_then_the_programme_is_public_and_moves_only_forward()
    {
        var id = await _api.CreateAsync(TestCallers.Coordinator, ProgrammeApi.NewProgramme("Lifecycle Coventry"));

        var early = await _api.SendAsync(TestCallers.Coordinator, "openProgramme", new { programmeId = id }, "programme { status }");
        await _api.OpenAsync(TestCallers.Coordinator, id);
        var seen = await app.CreateGraphQLClient(TestCallers.Anonymous).QueryAsync(
            "query($id: ID!) { programmes(where: { id: { eq: $id } }) { nodes { status openedAt isEnrolling } } }", new { id });
        var complete = await _api.SendAsync(TestCallers.Coordinator, "completeProgramme", new { programmeId = id }, "programme { status }");
        var started = await _api.OkAsync(TestCallers.Coordinator, "startProgramme", new { programmeId = id }, "programme { status startedAt }");
        var again = await _api.SendAsync(TestCallers.Coordinator, "openProgramme", new { programmeId = id }, "programme { status } errors { ... on InvalidProgrammeTransitionError { status } }");
        var completed = await _api.OkAsync(TestCallers.Coordinator, "completeProgramme", new { programmeId = id }, "programme { status }");
        var cancel = await _api.SendAsync(TestCallers.Coordinator, "cancelProgramme", new { programmeId = id, reason = "Too late" }, "programme { status }");

        Assert.Equal(["ProgrammeHasNoObjectivesError"], ProgrammeApi.ErrorTypes(early));
        var node = seen["programmes"]!["nodes"]![0]!;
        Assert.Equal(("RECRUITING", true), (node["status"]!.GetValue<string>(), node["isEnrolling"]!.GetValue<bool>()));
        Assert.NotNull(node["openedAt"]);
        Assert.Equal(["InvalidProgrammeTransitionError"], ProgrammeApi.ErrorTypes(complete));
        Assert.Equal("RUNNING", started["programme"]!["status"]!.GetValue<string>());
        Assert.Equal("RUNNING", again["errors"]![0]!["status"]!.GetValue<string>());
        Assert.Equal("COMPLETED", completed["programme"]!["status"]!.GetValue<string>());
        Assert.Equal(["InvalidProgrammeTransitionError"], ProgrammeApi.ErrorTypes(cancel));
    }

    [Theory]
    [InlineData("name", "", "BlankValueError")]
    [InlineData("maxPairs", 0, "OutOfRangeError")]
    [InlineData("maxPairs", 1001, "OutOfRangeError")]
    [InlineData("endsOn", -1, "InvalidDateError")]
    [InlineData("enrolmentClosesOn", 400, "InvalidDateError")]
    [InlineData("area", "E99999999", "UnknownLocalAuthorityError")]
    [InlineData("area", "near-outside", "PostcodeOutsideRegionError")]
    [InlineData("area", "radius", "OutOfRangeError")]
    [InlineData("sessions", 13, "OutOfRangeError")]
    [InlineData("sectors", "none", "OutOfRangeError")]
    [InlineData("requiredTrainingModuleIds", "unknown", "TrainingModuleNotFoundError")]
    public async Task Invalid_programmes_are_refused_with_a_typed_error_and_nothing_is_written(string field, object value, string error)
    {
        var input = System.Text.Json.JsonSerializer.SerializeToNode(ProgrammeApi.NewProgramme($"Invalid {field} {value}"))!.AsObject();
        input[field] = (field, value) switch
        {
            ("endsOn", int days) => ProgrammeApi.Date(days),
            ("enrolmentClosesOn", int days) => ProgrammeApi.Date(days),
            ("area", "near-outside") => System.Text.Json.JsonSerializer.SerializeToNode(new { near = new { origin = new { postcode = "SW1A 1AA" }, radiusKm = 10 } }),
            ("area", "radius") => System.Text.Json.JsonSerializer.SerializeToNode(new { near = new { origin = new { postcode = "CV1" }, radiusKm = 500 } }),
            ("area", string code) => System.Text.Json.JsonSerializer.SerializeToNode(new { localAuthorityCodes = new[] { code } }),
            ("sessions", int weeks) => System.Text.Json.JsonSerializer.SerializeToNode(new { everyWeeks = weeks, minutes = 60, minimumSessions = 6 }),
            ("sectors", _) => new System.Text.Json.Nodes.JsonArray(),
            ("requiredTrainingModuleIds", _) => new System.Text.Json.Nodes.JsonArray(TestData.Id("TrainingModule", 999)),
            (_, int number) => number,
            (_, string text) => text,
            _ => throw new ArgumentOutOfRangeException(nameof(value)),
        };
        var before = await CountAsync();

        var payload = await _api.SendAsync(TestCallers.Coordinator, "createProgramme", input, "programme { id }");

        Assert.Null(payload["programme"]);
        Assert.Contains(error, ProgrammeApi.ErrorTypes(payload));
        Assert.Equal(before, await CountAsync());
    }

    [Fact]
    public async Task A_circle_area_is_centred_on_the_postcode_and_programmes_are_found_near_a_place()
    {
        var id = await _api.CreateAsync(TestCallers.Coordinator, ProgrammeApi.NewProgramme("Circle Wolverhampton", new { near = new { origin = new { postcode = "WV1" }, radiusKm = 15 } }));
        await _api.OpenAsync(TestCallers.Coordinator, id);

        var near = await app.CreateGraphQLClient(TestCallers.Partner).QueryAsync(
            """{ programmes(near: { origin: { postcode: "WV1" }, radiusKm: 5 }, order: [{ distanceKm: ASC }]) { nodes { id distanceKm area { radiusKm centre { coordinates } } } } }""");
        var far = await app.CreateGraphQLClient(TestCallers.Partner).QueryAsync(
            """{ programmes(near: { origin: { postcode: "CV1" }, radiusKm: 5 }) { nodes { id } } }""");

        var node = near["programmes"]!["nodes"]!.AsArray().Single(n => n!["id"]!.GetValue<string>() == id)!;
        Assert.Equal(0, node["distanceKm"]!.GetValue<double>(), precision: 3);
        Assert.Equal(15, node["area"]!["radiusKm"]!.GetValue<double>());
        Assert.DoesNotContain(far["programmes"]!["nodes"]!.AsArray(), n => n!["id"]!.GetValue<string>() == id);
    }

    [Fact]
    public async Task Updating_changes_only_the_fields_given_and_null_clears_the_description()
    {
        var id = await _api.CreateAsync(TestCallers.Coordinator, ProgrammeApi.NewProgramme("Update Coventry"));

        var updated = await _api.OkAsync(TestCallers.Coordinator, "updateProgramme", new { programmeId = id, maxPairs = 20, description = (string?)null }, "programme { name maxPairs description }");
        var refused = await _api.SendAsync(TestCallers.Coordinator, "updateProgramme", new { programmeId = id, name = (string?)null }, "programme { name }");

        Assert.Equal(("Update Coventry", 20), (updated["programme"]!["name"]!.GetValue<string>(), updated["programme"]!["maxPairs"]!.GetValue<int>()));
        Assert.Null(updated["programme"]!["description"]);
        Assert.Equal(["NullNotAllowedError"], ProgrammeApi.ErrorTypes(refused));
    }

    [Fact]
    public async Task Another_coordinator_runs_the_programme_once_added()
    {
        var other = new Caller("second-coordinator", [Role.Coordinator]);
        var id = await _api.CreateAsync(TestCallers.Coordinator, ProgrammeApi.NewProgramme("Shared Coventry"));
        await _api.OpenAsync(TestCallers.Coordinator, id);

        var before = await _api.SendAsync(other, "startProgramme", new { programmeId = id }, "programme { status }");
        await _api.OkAsync(TestCallers.Coordinator, "addProgrammeCoordinator", new { programmeId = id, subject = "second-coordinator" }, "programme { id }");
        var after = await _api.OkAsync(other, "startProgramme", new { programmeId = id }, "programme { status coordinatorSubjects }");

        Assert.Equal(["NotAuthorizedError"], ProgrammeApi.ErrorTypes(before));
        Assert.Equal(["test-coordinator", "second-coordinator"], after["programme"]!["coordinatorSubjects"]!.AsArray().Select(s => s!.GetValue<string>()));
    }

    private async Task<(int Programmes, int Conducts)> CountAsync()
    {
        await using var db = app.CreateDbContext();
        return (await db.Programmes.CountAsync(), await db.ProgrammeConductVersions.CountAsync());
    }
}
