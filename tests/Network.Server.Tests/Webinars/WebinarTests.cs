using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Network.Server.Identity;
using Network.Server.Tests.Infrastructure;
using Network.Server.Tests.Programmes;
using Network.Server.Webinars;

namespace Network.Server.Tests.Webinars;

public sealed class WebinarTests(NetworkApp app) : IClassFixture<NetworkApp>
{
    private static readonly Caller OtherOrganiser = new("another-organiser", [Role.Organiser]);

    private readonly WebinarApi _api = new(app);

    [Fact]
    public async Task An_organiser_creates_a_draft_that_only_they_and_administrators_see()
    {
        var id = await _api.CreateAsync(TestCallers.Organiser, WebinarApi.Online("Draft cyber basics"));
        const string Node = "query($id: ID!) { node(id: $id) { ... on Webinar { title status organiserSubject audience timeZone durationMinutes topics { slug } } } }";
        const string List = "query($id: ID!) { webinars(where: { id: { eq: $id } }) { totalCount } }";

        var own = await app.CreateGraphQLClient(TestCallers.Organiser).QueryAsync(Node, new { id });
        var admin = await app.CreateGraphQLClient(TestCallers.Admin).QueryAsync(Node, new { id });
        var other = await app.CreateGraphQLClient(OtherOrganiser).QueryAsync(Node, new { id });
        var anonymous = await app.CreateGraphQLClient(TestCallers.Anonymous).QueryAsync(Node, new { id });
        var listedToOther = await app.CreateGraphQLClient(OtherOrganiser).QueryAsync(List, new { id });
        var listedToOwn = await app.CreateGraphQLClient(TestCallers.Organiser).QueryAsync(List, new { id });

        var node = own["node"]!;
        Assert.Equal(("DRAFT", "test-organiser", "EMPLOYERS_AND_MENTORS", "Europe/London", 90),
            (node["status"]!.GetValue<string>(), node["organiserSubject"]!.GetValue<string>(), node["audience"]!.GetValue<string>(), node["timeZone"]!.GetValue<string>(), node["durationMinutes"]!.GetValue<int>()));
        Assert.Equal(["cybersecurity", "data-analytics"], node["topics"]!.AsArray().Select(s => s!["slug"]!.GetValue<string>()));
        Assert.NotNull(admin["node"]);
        Assert.Null(other["node"]);
        Assert.Null(anonymous["node"]);
        Assert.Equal(0, listedToOther["webinars"]!["totalCount"]!.GetValue<int>());
        Assert.Equal(1, listedToOwn["webinars"]!["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_webinar_is_published_completed_once_over_and_refused_other_moves_with_nothing_written()
    {
        var id = await _api.CreateAsync(TestCallers.Organiser, WebinarApi.Online("Lifecycle cyber basics"));
        const string Selection = "webinar { status publishedAt completedAt } errors { ... on InvalidWebinarTransitionError { status webinarId } }";
        const string Completion = "webinar { status publishedAt completedAt } errors { ... on InvalidWebinarTransitionError { status webinarId } ... on WebinarNotOverError { endsAt } }";

        var draft = await _api.SnapshotAsync(id);
        var early = await _api.SendAsync(TestCallers.Organiser, "completeWebinar", new { webinarId = id }, Completion);
        var afterEarly = await _api.SnapshotAsync(id);
        var published = await _api.OkAsync(TestCallers.Organiser, "publishWebinar", new { webinarId = id }, Selection);
        var again = await _api.SendAsync(TestCallers.Organiser, "publishWebinar", new { webinarId = id }, Selection);
        var notOver = await _api.SendAsync(TestCallers.Organiser, "completeWebinar", new { webinarId = id }, Completion);
        var seen = await app.CreateGraphQLClient(TestCallers.Anonymous).QueryAsync("query($id: ID!) { node(id: $id) { ... on Webinar { status } } }", new { id });
        await _api.EndAsync(id);
        var completed = await _api.OkAsync(TestCallers.Organiser, "completeWebinar", new { webinarId = id }, Completion);
        var beforeCancel = await _api.SnapshotAsync(id);
        var cancel = await _api.SendAsync(TestCallers.Organiser, "cancelWebinar", new { webinarId = id, reason = "Too late" }, Selection);

        Assert.Equal(["InvalidWebinarTransitionError"], ProgrammeApi.ErrorTypes(early));
        Assert.Equal(("DRAFT", id), (early["errors"]![0]!["status"]!.GetValue<string>(), early["errors"]![0]!["webinarId"]!.GetValue<string>()));
        Assert.Equal(draft, afterEarly);
        Assert.Equal("PUBLISHED", published["webinar"]!["status"]!.GetValue<string>());
        Assert.NotNull(published["webinar"]!["publishedAt"]);
        Assert.Equal("PUBLISHED", again["errors"]![0]!["status"]!.GetValue<string>());
        Assert.Equal(["WebinarNotOverError"], ProgrammeApi.ErrorTypes(notOver));
        Assert.NotNull(notOver["errors"]![0]!["endsAt"]);
        Assert.Equal("PUBLISHED", seen["node"]!["status"]!.GetValue<string>());
        Assert.Equal("COMPLETED", completed["webinar"]!["status"]!.GetValue<string>());
        Assert.Equal("COMPLETED", cancel["errors"]![0]!["status"]!.GetValue<string>());
        Assert.Equal(beforeCancel, await _api.SnapshotAsync(id));
    }

    [Fact]
    public async Task A_draft_whose_start_has_passed_is_not_published()
    {
        var id = await _api.CreateAsync(TestCallers.Organiser, WebinarApi.Online("Late cyber basics"));
        await _api.EndAsync(id);
        var before = await _api.SnapshotAsync(id);

        var payload = await _api.SendAsync(TestCallers.Organiser, "publishWebinar", new { webinarId = id }, "webinar { id } errors { ... on InvalidDateError { field } }");

        Assert.Equal(["InvalidDateError"], ProgrammeApi.ErrorTypes(payload));
        Assert.Equal("startsAt", payload["errors"]![0]!["field"]!.GetValue<string>());
        Assert.Equal(before, await _api.SnapshotAsync(id));
    }

    [Fact]
    public async Task Cancelling_needs_a_reason_and_keeps_it()
    {
        var id = await _api.PublishedAsync(TestCallers.Organiser, WebinarApi.Online("Cancelled cyber basics"));
        var before = await _api.SnapshotAsync(id);

        var blank = await _api.SendAsync(TestCallers.Organiser, "cancelWebinar", new { webinarId = id, reason = " " }, "webinar { id }");
        var unchanged = await _api.SnapshotAsync(id);
        var cancelled = await _api.OkAsync(TestCallers.Admin, "cancelWebinar", new { webinarId = id, reason = "The speaker is ill." }, "webinar { status cancelledAt cancellationReason }");

        Assert.Equal(["BlankValueError"], ProgrammeApi.ErrorTypes(blank));
        Assert.Equal(before, unchanged);
        Assert.Equal(("CANCELLED", "The speaker is ill."), (cancelled["webinar"]!["status"]!.GetValue<string>(), cancelled["webinar"]!["cancellationReason"]!.GetValue<string>()));
    }

    [Theory]
    [InlineData("title", "", "BlankValueError")]
    [InlineData("title", "long", "ValueTooLongError")]
    [InlineData("topicSkillIds", "none", "OutOfRangeError")]
    [InlineData("topicSkillIds", "eleven", "OutOfRangeError")]
    [InlineData("topicSkillIds", "unknown", "UnknownSkillError")]
    [InlineData("topicSkillIds", "wrong-type", "InvalidIdError")]
    [InlineData("sectors", "none", "OutOfRangeError")]
    [InlineData("startsAt", "past", "InvalidDateError")]
    [InlineData("timeZone", "Mars/Olympus", "UnknownTimeZoneError")]
    [InlineData("durationMinutes", 14, "OutOfRangeError")]
    [InlineData("durationMinutes", 481, "OutOfRangeError")]
    [InlineData("capacity", 0, "OutOfRangeError")]
    [InlineData("capacity", 10_001, "OutOfRangeError")]
    [InlineData("joinLink", null, "BlankValueError")]
    [InlineData("joinLink", "not a link", "InvalidUrlError")]
    [InlineData("venuePostcode", null, "BlankValueError")]
    [InlineData("venuePostcode", "SW1A 1AA", "PostcodeOutsideRegionError")]
    [InlineData("venuePostcode", "nonsense", "InvalidPostcodeError")]
    public async Task Invalid_webinars_are_refused_with_a_typed_error_and_nothing_is_written(string field, object? value, string error)
    {
        var input = JsonSerializer.SerializeToNode(field == "venuePostcode" ? WebinarApi.InPerson("Invalid venue", "B1") : WebinarApi.Online($"Invalid {field} {value}"))!.AsObject();
        input[field] = (field, value) switch
        {
            ("title", "long") => new string('x', WebinarRules.MaxTitleLength + 1),
            ("topicSkillIds", "none") => new JsonArray(),
            ("topicSkillIds", "eleven") => new JsonArray([.. Enumerable.Range(1, 11).Select(i => (JsonNode)TestData.Id("Skill", i))]),
            ("topicSkillIds", "unknown") => new JsonArray(TestData.Id("Skill", 9999)),
            ("topicSkillIds", "wrong-type") => new JsonArray(TestData.Id("Mentor", 1)),
            ("sectors", _) => new JsonArray(),
            ("startsAt", _) => DateTimeOffset.UtcNow.AddHours(-1).ToString("O"),
            (_, null) => null,
            (_, int number) => number,
            (_, string text) => text,
            _ => throw new ArgumentOutOfRangeException(nameof(value)),
        };
        var before = await CountAsync();

        var payload = await _api.SendAsync(TestCallers.Organiser, "createWebinar", input, "webinar { id }");

        Assert.Null(payload["webinar"]);
        Assert.Contains(error, ProgrammeApi.ErrorTypes(payload));
        Assert.Equal(before, await CountAsync());
    }

    [Fact]
    public async Task An_in_person_webinar_is_placed_at_its_venue_and_found_near_it()
    {
        var inPerson = await _api.PublishedAsync(TestCallers.Organiser, WebinarApi.InPerson("Site management in Wolverhampton", "WV1 1AA"));
        var online = await _api.PublishedAsync(TestCallers.Organiser, WebinarApi.Online("Online near nothing"));

        var near = await app.CreateGraphQLClient(TestCallers.Anonymous).QueryAsync(
            """{ webinars(near: { origin: { postcode: "WV1" }, radiusKm: 5 }, order: [{ distanceKm: ASC }]) { nodes { id distanceKm venuePostcode location { coordinates } } } }""");
        var far = await app.CreateGraphQLClient(TestCallers.Anonymous).QueryAsync(
            """{ webinars(near: { origin: { postcode: "CV1" }, radiusKm: 5 }) { nodes { id } } }""");

        var nodes = near["webinars"]!["nodes"]!.AsArray();
        var node = nodes.Single(n => n!["id"]!.GetValue<string>() == inPerson)!;
        Assert.Equal(0, node["distanceKm"]!.GetValue<double>(), precision: 3);
        Assert.Equal("WV1 1AA", node["venuePostcode"]!.GetValue<string>());
        Assert.Equal(2, node["location"]!["coordinates"]!.AsArray().Count);
        Assert.DoesNotContain(nodes, n => n!["id"]!.GetValue<string>() == online);
        Assert.DoesNotContain(far["webinars"]!["nodes"]!.AsArray(), n => n!["id"]!.GetValue<string>() == inPerson);
    }

    [Fact]
    public async Task The_join_link_is_shown_only_to_the_organiser_and_administrators()
    {
        var id = await _api.PublishedAsync(TestCallers.Organiser, WebinarApi.Online("Join link cyber basics"));
        const string Query = "query($id: ID!) { node(id: $id) { __typename ... on Webinar { title joinLink organiserSubject } } }";

        var own = await app.CreateGraphQLClient(TestCallers.Organiser).QueryAsync(Query, new { id });
        var admin = await app.CreateGraphQLClient(TestCallers.Admin).QueryAsync(Query, new { id });
        var other = await app.CreateGraphQLClient(OtherOrganiser).QueryAsync(Query, new { id });
        var anonymous = await app.CreateGraphQLClient(TestCallers.Anonymous).QueryAsync(Query, new { id });

        Assert.Equal("https://meet.example.org/cyber", own["node"]!["joinLink"]!.GetValue<string>());
        Assert.Equal("https://meet.example.org/cyber", admin["node"]!["joinLink"]!.GetValue<string>());
        Assert.Equal(("Webinar", "Join link cyber basics"), (anonymous["node"]!["__typename"]!.GetValue<string>(), anonymous["node"]!["title"]!.GetValue<string>()));
        Assert.Null(anonymous["node"]!["joinLink"]);
        Assert.Null(anonymous["node"]!["organiserSubject"]);
        Assert.Null(other["node"]!["joinLink"]);
    }

    [Fact]
    public async Task Updating_changes_only_the_fields_given_and_moving_in_person_drops_the_join_link()
    {
        var id = await _api.PublishedAsync(TestCallers.Organiser, WebinarApi.Online("Update cyber basics"));

        var updated = await _api.OkAsync(TestCallers.Organiser, "updateWebinar", new { webinarId = id, capacity = 250, description = (string?)null }, "webinar { title capacity description status }");
        var refused = await _api.SendAsync(TestCallers.Organiser, "updateWebinar", new { webinarId = id, title = (string?)null }, "webinar { title }");
        var noVenue = await _api.SendAsync(TestCallers.Organiser, "updateWebinar", new { webinarId = id, format = "IN_PERSON" }, "webinar { title }");
        var moved = await _api.OkAsync(TestCallers.Organiser, "updateWebinar", new { webinarId = id, format = "IN_PERSON", venuePostcode = "CV1 2AA" }, "webinar { format joinLink venuePostcode location { coordinates } }");
        await _api.EndAsync(id);
        await _api.OkAsync(TestCallers.Organiser, "completeWebinar", new { webinarId = id }, "webinar { id }");
        var completed = await _api.SendAsync(TestCallers.Organiser, "updateWebinar", new { webinarId = id, capacity = 10 }, "webinar { id }");

        Assert.Equal(("Update cyber basics", 250, "PUBLISHED"), (updated["webinar"]!["title"]!.GetValue<string>(), updated["webinar"]!["capacity"]!.GetValue<int>(), updated["webinar"]!["status"]!.GetValue<string>()));
        Assert.Null(updated["webinar"]!["description"]);
        Assert.Equal(["NullNotAllowedError"], ProgrammeApi.ErrorTypes(refused));
        Assert.Equal(["BlankValueError"], ProgrammeApi.ErrorTypes(noVenue));
        Assert.Equal(("IN_PERSON", "CV1 2AA"), (moved["webinar"]!["format"]!.GetValue<string>(), moved["webinar"]!["venuePostcode"]!.GetValue<string>()));
        Assert.Null(moved["webinar"]!["joinLink"]);
        Assert.NotNull(moved["webinar"]!["location"]);
        Assert.Equal(["InvalidWebinarTransitionError"], ProgrammeApi.ErrorTypes(completed));
    }

    private async Task<int> CountAsync()
    {
        await using var db = app.CreateDbContext();
        return await db.Webinars.CountAsync();
    }
}
