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

public sealed class WebinarRegistrationTests(NetworkApp app) : IClassFixture<NetworkApp>
{
    private const string Counts = "query($id: ID!) { node(id: $id) { ... on Webinar { registeredCount waitlistedCount seatsLeft myRegistration { id status } } } }";

    private readonly WebinarApi _api = new(app);

    [Fact]
    public async Task Registrations_take_the_seats_then_wait_and_a_cancellation_moves_the_first_waiting_up()
    {
        var (employer, mentors) = await PeopleAsync("Seats", 3, Sector.EngineeringManufacturing);
        var admin = TestCallers.EmployerAdmin(employer.Id);
        var id = await _api.PublishedAsync(TestCallers.Organiser, WebinarApi.Online("Seats cyber basics", capacity: 2));

        var first = await _api.RegisterAsync(mentors[0], id);
        var employerRegistration = (await _api.OkAsync(admin, "registerForWebinar", new { webinarId = id, employerId = TestData.Id("Employer", employer.Id) }, "registration { status employer { id } mentor { id } }"))["registration"]!;
        var second = await _api.RegisterAsync(mentors[1], id);
        var third = await _api.RegisterAsync(mentors[2], id);
        var again = await _api.RegisterAsync(mentors[1], id);
        var full = await app.CreateGraphQLClient(mentors[1]).QueryAsync(Counts, new { id });
        var cancelled = await _api.OkAsync(mentors[0], "cancelWebinarRegistration", new { registrationId = first.Id }, "registration { status cancelledAt }");
        var after = await app.CreateGraphQLClient(mentors[1]).QueryAsync(Counts, new { id });

        Assert.Equal("REGISTERED", first.Status);
        Assert.Equal("REGISTERED", employerRegistration["status"]!.GetValue<string>());
        Assert.Null(employerRegistration["mentor"]);
        Assert.Equal(("WAITLISTED", "WAITLISTED"), (second.Status, third.Status));
        Assert.Equal(second, again);
        Assert.Equal((2, 2, 0, "WAITLISTED"), Figures(full));
        Assert.Equal("CANCELLED", cancelled["registration"]!["status"]!.GetValue<string>());
        Assert.Equal((2, 1, 0, "REGISTERED"), Figures(after));
        Assert.Equal(
            [(mentors[0].MentorId, WebinarRegistrationStatus.Cancelled), (null, WebinarRegistrationStatus.Registered), (mentors[1].MentorId, WebinarRegistrationStatus.Registered), (mentors[2].MentorId, WebinarRegistrationStatus.Waitlisted)],
            await StatusesAsync(id));
    }

    [Fact]
    public async Task A_larger_capacity_gives_its_new_seats_to_the_first_waiting()
    {
        var (_, mentors) = await PeopleAsync("Larger", 4);
        var id = await _api.PublishedAsync(TestCallers.Organiser, WebinarApi.Online("Larger cyber basics", capacity: 1));
        foreach (var mentor in mentors)
        {
            await _api.RegisterAsync(mentor, id);
        }

        await _api.OkAsync(TestCallers.Organiser, "updateWebinar", new { webinarId = id, capacity = 3 }, "webinar { id }");

        Assert.Equal(
            [WebinarRegistrationStatus.Registered, WebinarRegistrationStatus.Registered, WebinarRegistrationStatus.Registered, WebinarRegistrationStatus.Waitlisted],
            (await StatusesAsync(id)).Select(s => s.Status));
    }

    [Fact]
    public async Task A_mentor_leaving_the_network_gives_their_seat_to_the_first_waiting()
    {
        var (_, mentors) = await PeopleAsync("Leaving", 3);
        var id = await _api.PublishedAsync(TestCallers.Organiser, WebinarApi.Online("Leaving cyber basics", capacity: 1));
        foreach (var mentor in mentors)
        {
            await _api.RegisterAsync(mentor, id);
        }

        await _api.OkAsync(mentors[0], "withdrawMentor", new { mentorId = TestData.Id("Mentor", mentors[0].MentorId!.Value) }, "mentor { status }");

        Assert.Equal(
            [WebinarRegistrationStatus.Cancelled, WebinarRegistrationStatus.Registered, WebinarRegistrationStatus.Waitlisted],
            (await StatusesAsync(id)).Select(s => s.Status));
    }

    [Fact]
    public async Task Simultaneous_registrations_never_exceed_the_capacity()
    {
        var (_, mentors) = await PeopleAsync("Rush", 12);
        var id = await _api.PublishedAsync(TestCallers.Organiser, WebinarApi.Online("Rush cyber basics", capacity: 5));

        var results = await Task.WhenAll(mentors.Select(mentor => _api.RegisterAsync(mentor, id)));

        Assert.Equal(5, results.Count(r => r.Status == "REGISTERED"));
        Assert.Equal(7, results.Count(r => r.Status == "WAITLISTED"));
        var stored = await StatusesAsync(id);
        Assert.Equal(12, stored.Select(s => s.MentorId).Distinct().Count());
        Assert.Equal(5, stored.Count(s => s.Status == WebinarRegistrationStatus.Registered));
        Assert.Equal(7, stored.Count(s => s.Status == WebinarRegistrationStatus.Waitlisted));
    }

    [Fact]
    public async Task Registrations_are_refused_with_a_typed_error_and_nothing_written()
    {
        var (employer, mentors) = await PeopleAsync("Refused", 2);
        var (otherEmployer, _) = await PeopleAsync("Refused other", 0);
        var draft = await _api.CreateAsync(TestCallers.Organiser, WebinarApi.Online("Refused draft"));
        var started = await _api.PublishedAsync(TestCallers.Organiser, WebinarApi.Online("Refused started"));
        await _api.StartAsync(started);
        var cancelled = await _api.PublishedAsync(TestCallers.Organiser, WebinarApi.Online("Refused cancelled"));
        await _api.OkAsync(TestCallers.Organiser, "cancelWebinar", new { webinarId = cancelled, reason = "No speaker." }, "webinar { id }");
        var open = await _api.PublishedAsync(TestCallers.Organiser, WebinarApi.Online("Refused open"));
        var mentor = mentors[0];
        var self = TestData.Id("Mentor", mentor.MentorId!.Value);
        var before = await CountAsync();

        async Task<IReadOnlyList<string>> Refused(Caller caller, object input) => ProgrammeApi.ErrorTypes(await _api.SendAsync(caller, "registerForWebinar", input, "registration { id }"));

        Assert.Equal(["WebinarNotFoundError"], await Refused(mentor, new { webinarId = draft, mentorId = self }));
        Assert.Equal(["RegistrationClosedError"], await Refused(mentor, new { webinarId = started, mentorId = self }));
        Assert.Equal(["RegistrationClosedError"], await Refused(mentor, new { webinarId = cancelled, mentorId = self }));
        Assert.Equal(["NotAuthorizedError"], await Refused(mentor, new { webinarId = open, mentorId = TestData.Id("Mentor", mentors[1].MentorId!.Value) }));
        Assert.Equal(["NotAuthorizedError"], await Refused(TestCallers.EmployerAdmin(employer.Id), new { webinarId = open, employerId = TestData.Id("Employer", otherEmployer.Id) }));
        Assert.Equal(["RegistrantRequiredError"], await Refused(TestCallers.EmployerAdmin(employer.Id), new { webinarId = open, mentorId = self, employerId = TestData.Id("Employer", employer.Id) }));
        Assert.Equal(before, await CountAsync());
    }

    [Fact]
    public async Task Only_the_registrant_cancels_and_not_once_the_webinar_has_started()
    {
        var (_, mentors) = await PeopleAsync("Cancel", 2);
        var id = await _api.PublishedAsync(TestCallers.Organiser, WebinarApi.Online("Cancel cyber basics"));
        var (registration, _) = await _api.RegisterAsync(mentors[0], id);
        var before = await _api.RegistrationsSnapshotAsync(id);

        var byOther = await _api.SendAsync(mentors[1], "cancelWebinarRegistration", new { registrationId = registration }, "registration { id }");
        await _api.StartAsync(id);
        var late = await _api.SendAsync(mentors[0], "cancelWebinarRegistration", new { registrationId = registration }, "registration { id }");

        Assert.Equal(["NotAuthorizedError"], ProgrammeApi.ErrorTypes(byOther));
        Assert.Equal(["RegistrationClosedError"], ProgrammeApi.ErrorTypes(late));
        Assert.Equal(before, await _api.RegistrationsSnapshotAsync(id));
    }

    [Fact]
    public async Task The_organiser_records_attendance_once_the_webinar_has_started()
    {
        var (_, mentors) = await PeopleAsync("Attendance", 2);
        var id = await _api.PublishedAsync(TestCallers.Organiser, WebinarApi.Online("Attendance cyber basics"));
        var (came, _) = await _api.RegisterAsync(mentors[0], id);
        var (missed, _) = await _api.RegisterAsync(mentors[1], id);
        var input = new { webinarId = id, attended = new[] { came }, absent = new[] { missed } };
        const string Selection = "webinar { registrations { id attended } } errors { ... on WebinarNotStartedError { startsAt } }";

        var before = await _api.RegistrationsSnapshotAsync(id);
        var early = await _api.SendAsync(TestCallers.Organiser, "recordWebinarAttendance", input, Selection);
        await _api.StartAsync(id);
        var byOther = await _api.SendAsync(new Caller("attendance-other-organiser", [Role.Organiser]), "recordWebinarAttendance", input, Selection);
        var byMentor = await _api.SendAsync(mentors[0], "recordWebinarAttendance", input, Selection);
        var afterRefusals = await _api.RegistrationsSnapshotAsync(id);
        var recorded = await _api.OkAsync(TestCallers.Organiser, "recordWebinarAttendance", input, Selection);
        var seenByMentor = await app.CreateGraphQLClient(mentors[0]).QueryAsync("query($id: ID!) { node(id: $id) { ... on Webinar { registrations { id } myRegistration { attended } } } }", new { id });

        Assert.Equal(["WebinarNotStartedError"], ProgrammeApi.ErrorTypes(early));
        Assert.Equal(["NotAuthorizedError"], ProgrammeApi.ErrorTypes(byOther));
        Assert.Equal(["NotAuthorizedError"], ProgrammeApi.ErrorTypes(byMentor));
        Assert.Equal(before, afterRefusals);
        Assert.Equal(
            [(came, true), (missed, false)],
            recorded["webinar"]!["registrations"]!.AsArray().Select(r => (r!["id"]!.GetValue<string>(), r["attended"]!.GetValue<bool>())));
        Assert.Null(seenByMentor["node"]!["registrations"]);
        Assert.True(seenByMentor["node"]!["myRegistration"]!["attended"]!.GetValue<bool>());
    }

    [Fact]
    public async Task The_join_link_is_shown_to_those_holding_a_seat()
    {
        var (_, mentors) = await PeopleAsync("Link", 3);
        var id = await _api.PublishedAsync(TestCallers.Organiser, WebinarApi.Online("Link cyber basics", capacity: 1));
        await _api.RegisterAsync(mentors[0], id);
        await _api.RegisterAsync(mentors[1], id);
        const string Link = "query($id: ID!) { node(id: $id) { ... on Webinar { joinLink } } }";

        async Task<string?> LinkFor(Caller caller) => (await app.CreateGraphQLClient(caller).QueryAsync(Link, new { id }))["node"]!["joinLink"]?.GetValue<string>();

        Assert.Equal("https://meet.example.org/cyber", await LinkFor(mentors[0]));
        Assert.Null(await LinkFor(mentors[1]));
        Assert.Null(await LinkFor(mentors[2]));
        Assert.Null(await LinkFor(TestCallers.Anonymous));
        Assert.Equal("https://meet.example.org/cyber", await LinkFor(TestCallers.Organiser));
    }

    private static (int, int, int, string?) Figures(JsonNode data)
    {
        var node = data["node"]!;
        return (node["registeredCount"]!.GetValue<int>(), node["waitlistedCount"]!.GetValue<int>(), node["seatsLeft"]!.GetValue<int>(), node["myRegistration"]?["status"]?.GetValue<string>());
    }

    /// <summary>An employer and <paramref name="count"/> of its mentors, as callers.</summary>
    private async Task<(Employer Employer, List<Caller> Mentors)> PeopleAsync(string tag, int count, Sector sector = Sector.IctDigital)
    {
        var data = new TestData(app);
        var employer = await data.EmployerAsync($"{tag} Ltd", sector, "CV1 2JH");
        var mentors = new List<Caller>();
        for (var i = 0; i < count; i++)
        {
            var mentor = await data.MentorAsync(employer, $"{tag} Mentor {i}", CareerStage.Early, ["data-analytics"], ["cybersecurity"]);
            mentors.Add(TestCallers.Mentor(mentor.Id));
        }

        return (employer, mentors);
    }

    private async Task<List<(int? MentorId, WebinarRegistrationStatus Status)>> StatusesAsync(string webinarId)
    {
        await using var db = app.CreateDbContext();
        var key = GlobalId.Parse(webinarId, "Webinar");
        var rows = await db.WebinarRegistrations.AsNoTracking().Where(r => r.WebinarId == key).OrderBy(r => r.Id).Select(r => new { r.MentorId, r.Status }).ToListAsync();
        return [.. rows.Select(r => (r.MentorId, r.Status))];
    }

    private async Task<int> CountAsync()
    {
        await using var db = app.CreateDbContext();
        return await db.WebinarRegistrations.CountAsync();
    }
}
