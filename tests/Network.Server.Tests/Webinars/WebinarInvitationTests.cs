using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Network.Server.Employers;
using Network.Server.GraphQL.Relay;
using Network.Server.Identity;
using Network.Server.Mentors;
using Network.Server.Skills;
using Network.Server.Tests.Infrastructure;
using Network.Server.Tests.Programmes;
using Network.Server.Webinars;

namespace Network.Server.Tests.Webinars;

public sealed class WebinarInvitationTests(NetworkApp app) : IClassFixture<NetworkApp>
{
    private const string Invitation = "invitation { id status respondedAt }";

    private static readonly string[] ConstructionOnly = ["CONSTRUCTION"];

    private readonly WebinarApi _api = new(app);

    [Fact]
    public async Task A_mentor_who_accepts_is_registered_and_one_who_declines_is_not()
    {
        var (employer, mentors) = await PeopleAsync("Answer", 2);
        var id = await _api.PublishedAsync(TestCallers.Organiser, WebinarApi.Online("Answer cyber basics"));
        var invited = await _api.OkAsync(TestCallers.Organiser, "inviteToWebinar", new { webinarId = id, employerIds = new[] { Id(employer) }, mentorIds = mentors.Select(Id) }, "invitations { id status employer { id } mentorId }");
        var invitations = invited["invitations"]!.AsArray();

        var accepted = await RespondAsync(mentors[0], invitations[1]!, "ACCEPT");
        var declined = await RespondAsync(mentors[1], invitations[2]!, "DECLINE");
        var employerAccepted = await RespondAsync(TestCallers.EmployerAdmin(employer.Id), invitations[0]!, "ACCEPT");
        var again = await _api.OkAsync(TestCallers.Organiser, "inviteToWebinar", new { webinarId = id, mentorIds = new[] { Id(mentors[0]) } }, "invitations { id status }");

        Assert.Equal(["INVITED", "INVITED", "INVITED"], invitations.Select(i => i!["status"]!.GetValue<string>()));
        Assert.Equal((Id(employer), null), (invitations[0]!["employer"]!["id"]!.GetValue<string>(), invitations[0]!["mentorId"]?.GetValue<string>()));
        Assert.Equal(Id(mentors[0]), invitations[1]!["mentorId"]!.GetValue<string>());
        Assert.Equal(("ACCEPTED", "DECLINED", "ACCEPTED"), (Status(accepted), Status(declined), Status(employerAccepted)));
        Assert.NotNull(accepted["invitation"]!["respondedAt"]);
        Assert.Equal((invitations[1]!["id"]!.GetValue<string>(), "ACCEPTED"), (again["invitations"]![0]!["id"]!.GetValue<string>(), again["invitations"]![0]!["status"]!.GetValue<string>()));

        // Only the mentor who accepted holds a seat; the employer's acceptance records its intent and registers nobody.
        await using var db = app.CreateDbContext();
        var registrations = await db.WebinarRegistrations.Where(r => r.WebinarId == Key(id)).Select(r => new { r.MentorId, r.EmployerId, r.Status }).ToListAsync();
        Assert.Equal([(mentors[0].MentorId, (int?)null, WebinarRegistrationStatus.Registered)], registrations.Select(r => (r.MentorId, r.EmployerId, r.Status)));
    }

    [Fact]
    public async Task Accepting_a_full_webinar_waits_for_a_seat_and_the_suggestions_show_the_progress()
    {
        var (_, mentors) = await PeopleAsync("Full", 2);
        var id = await _api.PublishedAsync(TestCallers.Organiser, WebinarApi.Online("Full cyber basics", capacity: 1));
        await _api.RegisterAsync(mentors[0], id);
        var invitation = await _api.InviteAsync(TestCallers.Organiser, id, mentorId: Id(mentors[1]));

        await RespondAsync(mentors[1], invitation, "ACCEPT");
        var mine = (await app.CreateGraphQLClient(mentors[1]).QueryAsync("query($id: ID!) { node(id: $id) { ... on Webinar { myRegistration { status } } } }", new { id }))["node"]!;
        var suggestions = (await app.CreateGraphQLClient(TestCallers.Organiser).QueryAsync(
            "query($id: ID!) { node(id: $id) { ... on Webinar { suggestedMentors(first: 50) { nodes { mentorId invitation { status } registrationStatus } } } } }", new { id }))["node"]!["suggestedMentors"]!["nodes"]!.AsArray();

        Assert.Equal("WAITLISTED", mine["myRegistration"]!["status"]!.GetValue<string>());
        var row = suggestions.Single(n => n!["mentorId"]!.GetValue<string>() == Id(mentors[1]))!;
        Assert.Equal(("ACCEPTED", "WAITLISTED"), (row["invitation"]!["status"]!.GetValue<string>(), row["registrationStatus"]!.GetValue<string>()));
        var registered = suggestions.Single(n => n!["mentorId"]!.GetValue<string>() == Id(mentors[0]))!;
        Assert.Equal("REGISTERED", registered["registrationStatus"]!.GetValue<string>());
        Assert.Null(registered["invitation"]);
    }

    [Fact]
    public async Task Invitations_are_refused_with_a_typed_error_and_nothing_written()
    {
        var (employer, mentors) = await PeopleAsync("Refused", 2);
        var (_, withdrawn) = await PeopleAsync("Refused withdrawn", 1, MentorStatus.Withdrawn);
        var draft = await _api.CreateAsync(TestCallers.Organiser, WebinarApi.Online("Refused draft"));
        var started = await _api.PublishedAsync(TestCallers.Organiser, WebinarApi.Online("Refused started"));
        await _api.StartAsync(started);
        var forMentors = await _api.PublishedAsync(TestCallers.Organiser, WebinarApi.InPerson("Refused mentors only", "CV1 2JH"));
        var open = await _api.PublishedAsync(TestCallers.Organiser, WebinarApi.Online("Refused open"));
        var digital = await new TestData(app).EmployerAsync("Refused Digital Ltd", Sector.IctDigital, "CV1 2JH");
        var before = await CountAsync();

        async Task<IReadOnlyList<string>> Refused(object input) => ProgrammeApi.ErrorTypes(await _api.SendAsync(TestCallers.Organiser, "inviteToWebinar", input, "invitations { id }"));

        Assert.Equal(["InvalidWebinarTransitionError"], await Refused(new { webinarId = draft, mentorIds = new[] { Id(mentors[0]) } }));
        Assert.Equal(["RegistrationClosedError"], await Refused(new { webinarId = started, mentorIds = new[] { Id(mentors[0]) } }));
        Assert.Equal(["InvitationOutsideAudienceError"], await Refused(new { webinarId = forMentors, employerIds = new[] { Id(employer) } }));
        Assert.Equal(["OutOfRangeError"], await Refused(new { webinarId = open, mentorIds = Array.Empty<string>() }));
        Assert.Equal(["NotEligibleForWebinarError"], await Refused(new { webinarId = open, employerIds = new[] { Id(employer), TestData.Id("Employer", digital.Id) } }));
        Assert.Equal(["InvalidIdError"], await Refused(new { webinarId = open, mentorIds = new[] { Id(employer) } }));
        Assert.Equal(["EmployerNotFoundError", "MentorNotFoundError", "MentorNotFoundError"], await Refused(new
        {
            webinarId = open,
            employerIds = new[] { TestData.Id("Employer", 9999) },
            mentorIds = new[] { Id(mentors[0]), TestData.Id("Mentor", 9999), Id(withdrawn[0]) },
        }));
        Assert.Equal(before, await CountAsync());
    }

    [Fact]
    public async Task An_answer_is_given_once_while_registrations_are_open()
    {
        var (_, mentors) = await PeopleAsync("Once", 2);
        var id = await _api.PublishedAsync(TestCallers.Organiser, WebinarApi.Online("Once cyber basics"));
        var first = await _api.InviteAsync(TestCallers.Organiser, id, mentorId: Id(mentors[0]));
        var second = await _api.InviteAsync(TestCallers.Organiser, id, mentorId: Id(mentors[1]));
        await RespondAsync(mentors[0], first, "DECLINE");
        await _api.StartAsync(id);
        var before = await _api.InvitationsSnapshotAsync(id);

        async Task<IReadOnlyList<string>> Refused(Caller caller, string invitationId, string response) =>
            ProgrammeApi.ErrorTypes(await _api.SendAsync(caller, "respondToWebinarInvitation", new { invitationId, response }, "invitation { id }"));

        Assert.Equal(["InvitationAlreadyAnsweredError"], await Refused(mentors[0], first, "ACCEPT"));
        Assert.Equal(["RegistrationClosedError"], await Refused(mentors[1], second, "ACCEPT"));
        Assert.Equal(["NotAuthorizedError"], await Refused(mentors[0], second, "ACCEPT"));
        Assert.Equal(["WebinarInvitationNotFoundError"], await Refused(mentors[0], TestData.Id("WebinarInvitation", 9999), "ACCEPT"));
        Assert.Equal("DECLINED", Status(await RespondAsync(mentors[0], first, "DECLINE")));
        Assert.Equal(before, await _api.InvitationsSnapshotAsync(id));
    }

    [Fact]
    public async Task Accepting_is_refused_as_registering_is_when_the_audience_or_sectors_change_and_declining_is_not()
    {
        var (employer, mentors) = await PeopleAsync("Eligible", 2);
        var id = await _api.PublishedAsync(TestCallers.Organiser, WebinarApi.Online("Eligible cyber basics"));
        var toMentor = await _api.InviteAsync(TestCallers.Organiser, id, mentorId: Id(mentors[0]));
        var toOther = await _api.InviteAsync(TestCallers.Organiser, id, mentorId: Id(mentors[1]));
        var toEmployer = await _api.InviteAsync(TestCallers.Organiser, id, employerId: Id(employer));
        await _api.OkAsync(TestCallers.Organiser, "updateWebinar", new { webinarId = id, audience = "EMPLOYERS_WITH_GAPS", sectors = ConstructionOnly }, "webinar { id }");
        var before = await _api.InvitationsSnapshotAsync(id);

        async Task<(string Reason, string WebinarId)> Refused(Caller caller, string invitationId)
        {
            var payload = await _api.SendAsync(caller, "respondToWebinarInvitation", new { invitationId, response = "ACCEPT" },
                "invitation { id } errors { ... on NotEligibleForWebinarError { reason webinarId } }");
            var error = payload["errors"]!.AsArray().Single()!;
            return (error["reason"]!.GetValue<string>(), error["webinarId"]!.GetValue<string>());
        }

        Assert.Equal(("AUDIENCE_EXCLUDES_MENTORS", id), await Refused(mentors[0], toMentor));
        Assert.Equal(("SECTOR_NOT_TARGETED", id), await Refused(TestCallers.EmployerAdmin(employer.Id), toEmployer));
        Assert.Equal(before, await _api.InvitationsSnapshotAsync(id));
        Assert.Equal("DECLINED", Status(await RespondAsync(mentors[1], toOther, "DECLINE")));
        await using var db = app.CreateDbContext();
        Assert.False(await db.WebinarRegistrations.AnyAsync(r => r.WebinarId == Key(id)));
    }

    [Fact]
    public async Task A_cancelled_webinar_takes_no_answers_and_its_accepted_seats_become_notices()
    {
        var (_, mentors) = await PeopleAsync("Called off", 2);
        var id = await _api.PublishedAsync(TestCallers.Organiser, WebinarApi.Online("Called off cyber basics"));
        var accepted = await _api.InviteAsync(TestCallers.Organiser, id, mentorId: Id(mentors[0]));
        var unanswered = await _api.InviteAsync(TestCallers.Organiser, id, mentorId: Id(mentors[1]));
        await RespondAsync(mentors[0], accepted, "ACCEPT");
        await _api.OkAsync(TestCallers.Organiser, "cancelWebinar", new { webinarId = id, reason = "The speaker is ill." }, "webinar { id }");

        var refused = ProgrammeApi.ErrorTypes(await _api.SendAsync(mentors[1], "respondToWebinarInvitation", new { invitationId = unanswered, response = "ACCEPT" }, "invitation { id }"));
        var declined = ProgrammeApi.ErrorTypes(await _api.SendAsync(mentors[1], "respondToWebinarInvitation", new { invitationId = unanswered, response = "DECLINE" }, "invitation { id }"));

        Assert.Equal(["RegistrationClosedError"], refused);
        Assert.Equal(["RegistrationClosedError"], declined);
        await using var db = app.CreateDbContext();
        var registrations = await db.WebinarRegistrations.Where(r => r.WebinarId == Key(id)).Select(r => new { r.MentorId, r.Status }).ToListAsync();
        Assert.Equal([(mentors[0].MentorId, WebinarRegistrationStatus.WebinarCancelled)], registrations.Select(r => (r.MentorId, r.Status)));
        var invitations = await db.WebinarInvitations.Where(i => i.WebinarId == Key(id)).OrderBy(i => i.Id).Select(i => i.Status).ToListAsync();
        Assert.Equal([WebinarInvitationStatus.Accepted, WebinarInvitationStatus.Invited], invitations);
    }

    [Fact]
    public async Task Each_invitation_is_seen_by_its_invitee_and_the_organiser_only()
    {
        var (employer, mentors) = await PeopleAsync("Seen", 2);
        var id = await _api.PublishedAsync(TestCallers.Organiser, WebinarApi.Online("Seen cyber basics"));
        var toMentor = await _api.InviteAsync(TestCallers.Organiser, id, mentorId: Id(mentors[0]));
        var toEmployer = await _api.InviteAsync(TestCallers.Organiser, id, employerId: Id(employer));
        const string Mine = "{ me { mentor { webinarInvitations { id webinar { title } } } employer { webinarInvitations { id } } } }";
        const string OfMentor = "query($id: ID!) { node(id: $id) { ... on Mentor { webinarInvitations { id } } } }";
        const string Node = "query($id: ID!) { node(id: $id) { id } }";
        const string OfWebinar = "query($id: ID!) { node(id: $id) { ... on Webinar { invitations { id } } } }";

        async Task<JsonNode> As(Caller caller, string query, object? variables = null) => await app.CreateGraphQLClient(caller).QueryAsync(query, variables);
        static IEnumerable<string> Ids(JsonNode? list) => list!.AsArray().Select(i => i!["id"]!.GetValue<string>());

        var mentorView = (await As(mentors[0], Mine))["me"]!["mentor"]!["webinarInvitations"]!.AsArray();
        Assert.Equal([toMentor], Ids(mentorView));
        Assert.Equal("Seen cyber basics", mentorView[0]!["webinar"]!["title"]!.GetValue<string>());
        Assert.Equal([toEmployer], Ids((await As(TestCallers.EmployerAdmin(employer.Id), Mine))["me"]!["employer"]!["webinarInvitations"]));
        Assert.Null((await As(mentors[1], OfMentor, new { id = Id(mentors[0]) }))["node"]!["webinarInvitations"]);
        Assert.Null((await As(TestCallers.Organiser, OfMentor, new { id = Id(mentors[0]) }))["node"]!["webinarInvitations"]);
        Assert.Null((await As(mentors[1], Node, new { id = toMentor }))["node"]);
        Assert.Equal(toMentor, (await As(mentors[0], Node, new { id = toMentor }))["node"]!["id"]!.GetValue<string>());
        Assert.Equal([toMentor, toEmployer], Ids((await As(TestCallers.Organiser, OfWebinar, new { id }))["node"]!["invitations"]));
        Assert.Null((await As(new Caller("another-organiser", [Role.Organiser]), OfWebinar, new { id }))["node"]!["invitations"]);
    }

    [Fact]
    public async Task A_mentor_who_leaves_takes_their_unanswered_invitations_and_exports_the_rest()
    {
        var (_, mentors) = await PeopleAsync("Leaves", 1);
        var mentor = mentors[0];
        var answered = await _api.PublishedAsync(TestCallers.Organiser, WebinarApi.Online("Leaves answered"));
        var unanswered = await _api.PublishedAsync(TestCallers.Organiser, WebinarApi.Online("Leaves unanswered"));
        var accepted = await _api.InviteAsync(TestCallers.Organiser, answered, mentorId: Id(mentor));
        await _api.InviteAsync(TestCallers.Organiser, unanswered, mentorId: Id(mentor));
        await RespondAsync(mentor, accepted, "ACCEPT");

        var client = app.CreateGraphQLClient(mentor);
        var export = (await client.QueryAsync("mutation { exportMyData { export { webinarInvitations { id status } webinarRegistrations { status } } } }"))["exportMyData"]!["export"]!;
        await client.QueryAsync("mutation { eraseMyData { mentor { id } } }");

        Assert.Equal(["ACCEPTED", "INVITED"], export["webinarInvitations"]!.AsArray().Select(i => i!["status"]!.GetValue<string>()));
        Assert.Equal(["REGISTERED"], export["webinarRegistrations"]!.AsArray().Select(i => i!["status"]!.GetValue<string>()));
        await using var db = app.CreateDbContext();
        var left = await db.WebinarInvitations.Where(i => i.MentorId == mentor.MentorId).Select(i => new { i.WebinarId, i.Status }).ToListAsync();
        Assert.Equal([(Key(answered), WebinarInvitationStatus.Accepted)], left.Select(i => (i.WebinarId, i.Status)));
    }

    private static string Id(Caller mentor) => TestData.Id("Mentor", mentor.MentorId!.Value);

    private static string Id(Employer employer) => TestData.Id("Employer", employer.Id);

    private static int Key(string webinarId) => GlobalId.Parse(webinarId, "Webinar");

    private static string Status(JsonNode payload) => payload["invitation"]!["status"]!.GetValue<string>();

    private Task<JsonNode> RespondAsync(Caller caller, JsonNode invitation, string response) => RespondAsync(caller, invitation["id"]!.GetValue<string>(), response);

    private Task<JsonNode> RespondAsync(Caller caller, string invitationId, string response) =>
        _api.OkAsync(caller, "respondToWebinarInvitation", new { invitationId, response }, Invitation);

    /// <summary>An employer and <paramref name="count"/> of its mentors, as callers.</summary>
    private async Task<(Employer Employer, List<Caller> Mentors)> PeopleAsync(string tag, int count, MentorStatus status = MentorStatus.Active)
    {
        var data = new TestData(app);
        var employer = await data.EmployerAsync($"{tag} Ltd", Sector.EngineeringManufacturing, "CV1 2JH");
        var mentors = new List<Caller>();
        for (var i = 0; i < count; i++)
        {
            var mentor = await data.MentorAsync(employer, $"{tag} Mentor {i}", CareerStage.Early, ["data-analytics"], ["cybersecurity"], status: status);
            mentors.Add(TestCallers.Mentor(mentor.Id));
        }

        return (employer, mentors);
    }

    private async Task<int> CountAsync()
    {
        await using var db = app.CreateDbContext();
        return await db.WebinarInvitations.CountAsync();
    }
}
