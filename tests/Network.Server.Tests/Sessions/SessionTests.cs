using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Network.Server.Identity;
using Network.Server.Sessions;
using Network.Server.Tests.Infrastructure;
using Network.Server.Tests.Programmes;

namespace Network.Server.Tests.Sessions;

/// <summary>Sessions of a pairing over HTTP against the real database: the rules of scheduling, who came, and private notes.</summary>
public sealed class SessionTests(NetworkApp app) : IClassFixture<NetworkApp>
{
    private const string Selection =
        "session { id status startsAt endsAt timeZone localStart durationMinutes format onlineLink venuePostcode agenda { slug } rescheduleCount cancellationReason absentMentorIds awaitingMyReport }";

    private readonly ProgrammeApi _api = new(app);

    [Fact]
    public async Task A_mentor_schedules_a_session_which_both_see_stored_in_UTC_and_shown_in_its_time_zone()
    {
        var s = await SessionScenario.CreateAsync(app);
        var startsAt = SessionScenario.At(40);

        var session = (await ScheduleAsync(s, Ada(s), new
        {
            pairingId = s.PairingId,
            startsAt,
            timeZone = "Europe/London",
            durationMinutes = 45,
            format = "IN_PERSON",
            venuePostcode = "cv1 2jh",
            agendaSkillIds = new[] { TestData.Id("Skill", TestData.Skill("data-analytics")) },
        }))["session"]!;

        Assert.Equal("SCHEDULED", session["status"]!.GetValue<string>());
        Assert.Equal(DateTimeOffset.Parse(startsAt, System.Globalization.CultureInfo.InvariantCulture).ToUniversalTime(), session["startsAt"]!.GetValue<DateTimeOffset>());
        Assert.EndsWith("Z", session["startsAt"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(startsAt, session["localStart"]!.GetValue<string>());
        Assert.Equal("CV1 2JH", session["venuePostcode"]!.GetValue<string>());
        Assert.Equal(["data-analytics"], session["agenda"]!.AsArray().Select(a => a!["slug"]!.GetValue<string>()));

        var seen = await app.CreateGraphQLClient(Cat(s)).QueryAsync("query($id: ID!) { node(id: $id) { ... on Pairing { sessions { id status } } } }", new { id = s.PairingId });
        Assert.Equal(session["id"]!.GetValue<string>(), seen["node"]!["sessions"]![0]!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task Refused_sessions_say_why_and_write_nothing()
    {
        var s = await SessionScenario.CreateAsync(app);
        await ScheduleAsync(s, Ada(s), s.Online(SessionScenario.At(50)));
        var before = await CountAsync();

        var past = await SendScheduleAsync(Ada(s), s.Online(SessionScenario.At(-1)));
        var beforeProgramme = await SendScheduleAsync(Ada(s), s.Online(SessionScenario.At(5)));
        var afterProgramme = await SendScheduleAsync(Ada(s), s.Online(SessionScenario.At(250)));
        var overlapping = await SendScheduleAsync(Cat(s), s.Online(SessionScenario.At(50, 10, 0)));
        var noLink = await SendScheduleAsync(Ada(s), new { pairingId = s.PairingId, startsAt = SessionScenario.At(60), durationMinutes = 60, format = "ONLINE" });
        var badLink = await SendScheduleAsync(Ada(s), new { pairingId = s.PairingId, startsAt = SessionScenario.At(60), durationMinutes = 60, format = "ONLINE", onlineLink = "meet me" });
        var noVenue = await SendScheduleAsync(Ada(s), new { pairingId = s.PairingId, startsAt = SessionScenario.At(60), durationMinutes = 60, format = "IN_PERSON" });
        var badZone = await SendScheduleAsync(Ada(s), new { pairingId = s.PairingId, startsAt = SessionScenario.At(60), timeZone = "Mars/Olympus", durationMinutes = 60, format = "ONLINE", onlineLink = "https://meet.example.org/x" });
        var tooShort = await SendScheduleAsync(Ada(s), s.Online(SessionScenario.At(60), minutes: 5));
        var offAgenda = await SendScheduleAsync(Ada(s), new { pairingId = s.PairingId, startsAt = SessionScenario.At(60), durationMinutes = 60, format = "ONLINE", onlineLink = "https://meet.example.org/x", agendaSkillIds = new[] { TestData.Id("Skill", TestData.Skill("heat-pump-installation")) } });
        var colleague = await SendScheduleAsync(ProgrammeScenario.Caller(s.Programme.Ben), s.Online(SessionScenario.At(70)));

        Assert.Equal(["InvalidDateError"], ProgrammeApi.ErrorTypes(past));
        Assert.Equal(["OutsideProgrammeTimeframeError"], ProgrammeApi.ErrorTypes(beforeProgramme));
        Assert.Equal(["OutsideProgrammeTimeframeError"], ProgrammeApi.ErrorTypes(afterProgramme));
        Assert.Equal(["SessionOverlapError", "SessionOverlapError"], ProgrammeApi.ErrorTypes(overlapping));
        Assert.Contains("You have another session at that time.", overlapping["errors"]!.AsArray().Select(e => e!["message"]!.GetValue<string>()));
        Assert.Equal(["BlankValueError"], ProgrammeApi.ErrorTypes(noLink));
        Assert.Equal(["InvalidUrlError"], ProgrammeApi.ErrorTypes(badLink));
        Assert.Equal(["BlankValueError"], ProgrammeApi.ErrorTypes(noVenue));
        Assert.Equal(["UnknownTimeZoneError"], ProgrammeApi.ErrorTypes(badZone));
        Assert.Equal(["OutOfRangeError"], ProgrammeApi.ErrorTypes(tooShort));
        Assert.Equal(["NotInPairingError"], ProgrammeApi.ErrorTypes(offAgenda));
        Assert.Equal(["PairingNotFoundError"], ProgrammeApi.ErrorTypes(colleague));
        Assert.Equal(before, await CountAsync());
    }

    [Fact]
    public async Task No_session_is_scheduled_while_the_pairing_is_paused()
    {
        var s = await SessionScenario.CreateAsync(app);
        await _api.OkAsync(TestCallers.Coordinator, "pausePairing", new { pairingId = s.PairingId }, "pairing { status }");

        var paused = await SendScheduleAsync(Ada(s), s.Online(SessionScenario.At(40)));
        await _api.OkAsync(TestCallers.Coordinator, "resumePairing", new { pairingId = s.PairingId }, "pairing { status }");
        var resumed = await SendScheduleAsync(Ada(s), s.Online(SessionScenario.At(40)));

        Assert.Equal(["PairingNotMeetingError"], ProgrammeApi.ErrorTypes(paused));
        Assert.Empty(ProgrammeApi.ErrorTypes(resumed));
    }

    [Fact]
    public async Task Sessions_scheduled_at_once_for_the_same_time_never_overlap()
    {
        var s = await SessionScenario.CreateAsync(app);

        var results = await Task.WhenAll(Enumerable.Range(0, 6).Select(i =>
            SendScheduleAsync(i % 2 == 0 ? Ada(s) : Cat(s), s.Online(SessionScenario.At(45, 9, 30 + i)))));

        Assert.Equal(1, results.Count(r => r["errors"] is null));
        Assert.All(results.Where(r => r["errors"] is not null), r => Assert.All(ProgrammeApi.ErrorTypes(r), t => Assert.Equal("SessionOverlapError", t)));
    }

    [Fact]
    public async Task A_session_is_moved_and_cancelled_with_a_reason_and_not_cancelled_twice()
    {
        var s = await SessionScenario.CreateAsync(app);
        var id = (await ScheduleAsync(s, Ada(s), s.Online(SessionScenario.At(40))))["session"]!["id"]!.GetValue<string>();

        var moved = await _api.OkAsync(Cat(s), "rescheduleSession", new { sessionId = id, startsAt = SessionScenario.At(41, 14, 0), durationMinutes = 90 }, Selection);
        var cancelled = await _api.OkAsync(Ada(s), "cancelSession", new { sessionId = id, reason = "Client visit moved to that morning." }, Selection);
        var again = await _api.SendAsync(Cat(s), "cancelSession", new { sessionId = id, reason = "Twice." }, Selection);
        var blank = await _api.SendAsync(Cat(s), "cancelSession", new { sessionId = id, reason = " " }, Selection);

        Assert.Equal((1, 90), (moved["session"]!["rescheduleCount"]!.GetValue<int>(), moved["session"]!["durationMinutes"]!.GetValue<int>()));
        Assert.Equal(SessionScenario.At(41, 14, 0), moved["session"]!["localStart"]!.GetValue<string>());
        Assert.Equal(("CANCELLED", "Client visit moved to that morning."), (cancelled["session"]!["status"]!.GetValue<string>(), cancelled["session"]!["cancellationReason"]!.GetValue<string>()));
        Assert.Equal(["InvalidSessionTransitionError"], ProgrammeApi.ErrorTypes(again));
        Assert.Equal(["BlankValueError"], ProgrammeApi.ErrorTypes(blank));
    }

    [Fact]
    public async Task After_a_session_both_mentors_say_who_came_and_it_is_held_missed_or_disputed()
    {
        var s = await SessionScenario.CreateAsync(app);
        var held = await PastSessionAsync(s, 40);
        var missed = await PastSessionAsync(s, 42);
        var disputed = await PastSessionAsync(s, 44);
        var upcoming = (await ScheduleAsync(s, Ada(s), s.Online(SessionScenario.At(46))))["session"]!["id"]!.GetValue<string>();
        var cat = ProgrammeScenario.MentorId(s.Programme.Cat);

        var early = await _api.SendAsync(Ada(s), "recordSessionAttendance", new { sessionId = upcoming, absentMentorIds = Array.Empty<string>() }, Selection);
        var half = await _api.OkAsync(Ada(s), "recordSessionAttendance", new { sessionId = held, absentMentorIds = Array.Empty<string>() }, Selection);
        var waiting = await app.CreateGraphQLClient(Cat(s)).QueryAsync("query($id: ID!) { node(id: $id) { ... on Session { awaitingMyReport } } }", new { id = held });
        var both = await _api.OkAsync(Cat(s), "recordSessionAttendance", new { sessionId = held, absentMentorIds = Array.Empty<string>() }, Selection);
        await _api.OkAsync(Ada(s), "recordSessionAttendance", new { sessionId = missed, absentMentorIds = new[] { cat } }, Selection);
        var missedBoth = await _api.OkAsync(Cat(s), "recordSessionAttendance", new { sessionId = missed, absentMentorIds = new[] { cat } }, Selection);
        await _api.OkAsync(Ada(s), "recordSessionAttendance", new { sessionId = disputed, absentMentorIds = new[] { cat } }, Selection);
        var differ = await _api.OkAsync(Cat(s), "recordSessionAttendance", new { sessionId = disputed, absentMentorIds = Array.Empty<string>() }, Selection);
        var stranger = await _api.SendAsync(Cat(s), "recordSessionAttendance", new { sessionId = disputed, absentMentorIds = new[] { ProgrammeScenario.MentorId(s.Programme.Ben) } }, Selection);

        Assert.Equal(["SessionNotOverError"], ProgrammeApi.ErrorTypes(early));
        Assert.Equal("SCHEDULED", half["session"]!["status"]!.GetValue<string>());
        Assert.True(waiting["node"]!["awaitingMyReport"]!.GetValue<bool>());
        Assert.Equal("HELD", both["session"]!["status"]!.GetValue<string>());
        Assert.Equal(("MISSED", cat), (missedBoth["session"]!["status"]!.GetValue<string>(), missedBoth["session"]!["absentMentorIds"]![0]!.GetValue<string>()));
        Assert.Equal("DISPUTED", differ["session"]!["status"]!.GetValue<string>());
        Assert.Equal(["NotInPairingError", "InvalidSessionTransitionError"], ProgrammeApi.ErrorTypes(stranger));
    }

    [Fact]
    public async Task When_a_pairing_ends_its_sessions_to_come_are_cancelled_and_those_past_stay()
    {
        var s = await SessionScenario.CreateAsync(app);
        var past = await PastSessionAsync(s, 40);
        var coming = (await ScheduleAsync(s, Ada(s), s.Online(SessionScenario.At(42))))["session"]!["id"]!.GetValue<string>();

        await _api.OkAsync(Cat(s), "endPairing", new { pairingId = s.PairingId, reason = "SCHEDULING" }, "pairing { status }");

        var sessions = await app.CreateGraphQLClient(Ada(s)).QueryAsync(
            "query($id: ID!) { node(id: $id) { ... on Pairing { sessions { id status cancellationReason } } } }", new { id = s.PairingId });
        var byId = sessions["node"]!["sessions"]!.AsArray().ToDictionary(x => x!["id"]!.GetValue<string>(), x => x!);
        Assert.Equal(("CANCELLED", "The pairing closed."), (byId[coming]["status"]!.GetValue<string>(), byId[coming]["cancellationReason"]!.GetValue<string>()));
        Assert.Equal("SCHEDULED", byId[past]["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_session_agenda_names_goals_of_the_pairing_s_agreement_and_their_skills()
    {
        var s = await SessionScenario.CreateAsync(app);
        var other = await SessionScenario.CreateAsync(app);
        var goals = await AgreedGoalsAsync(s);
        var otherGoal = (await AgreedGoalsAsync(other))[0];
        var adaGoal = goals.Single(g => g!["skill"]!["slug"]!.GetValue<string>() == "project-management")!["id"]!.GetValue<string>();

        var session = (await _api.OkAsync(Ada(s), "scheduleSession", new
        {
            pairingId = s.PairingId,
            startsAt = SessionScenario.At(40),
            durationMinutes = 60,
            format = "ONLINE",
            onlineLink = "https://meet.example.org/ada-cat",
            agendaGoalIds = new[] { adaGoal },
        }, "session { agenda { slug } agendaGoals { id statement skill { slug } } }"))["session"]!;
        var before = await CountAsync();
        var refused = await _api.SendAsync(Ada(s), "scheduleSession", new
        {
            pairingId = s.PairingId,
            startsAt = SessionScenario.At(42),
            durationMinutes = 60,
            format = "ONLINE",
            onlineLink = "https://meet.example.org/ada-cat",
            agendaGoalIds = new[] { otherGoal!["id"]!.GetValue<string>() },
        }, "session { id } errors { __typename ... on NotInPairingError { field } }");

        Assert.Equal(["project-management"], session["agenda"]!.AsArray().Select(a => a!["slug"]!.GetValue<string>()));
        Assert.Equal(adaGoal, session["agendaGoals"]![0]!["id"]!.GetValue<string>());
        Assert.Equal("Run a project plan end to end.", session["agendaGoals"]![0]!["statement"]!.GetValue<string>());
        Assert.Equal(["NotInPairingError"], ProgrammeApi.ErrorTypes(refused));
        Assert.Equal("agendaGoalIds", refused["errors"]![0]!["field"]!.GetValue<string>());
        Assert.Equal(before, await CountAsync());
    }

    /// <summary>Ada proposes an agreement with one goal each (hers project management, Cat's data analytics) and Cat confirms it.</summary>
    private async Task<JsonArray> AgreedGoalsAsync(SessionScenario s)
    {
        object Goal(string statement, string skill, Network.Server.Mentors.Mentor owner) =>
            new { statement, skillId = TestData.SkillId(skill), ownerMentorId = ProgrammeScenario.MentorId(owner) };
        var p = s.Programme;
        var proposed = await _api.OkAsync(Ada(s), "proposePairingAgreement", new
        {
            pairingId = s.PairingId,
            mentorId = ProgrammeScenario.MentorId(p.Ada),
            everyWeeks = 2,
            format = "ONLINE",
            goals = new[] { Goal("Run a project plan end to end.", "project-management", p.Ada), Goal("Build a first dashboard.", "data-analytics", p.Cat) },
            acknowledgeConfidentiality = true,
        }, "agreement { version goals { id skill { slug } } }");
        await _api.OkAsync(Cat(s), "confirmPairingAgreement", new
        {
            pairingId = s.PairingId,
            mentorId = ProgrammeScenario.MentorId(p.Cat),
            version = proposed["agreement"]!["version"]!.GetValue<int>(),
            acknowledgeConfidentiality = true,
        }, "agreement { isAgreed }");
        return proposed["agreement"]!["goals"]!.AsArray();
    }

    [Fact]
    public async Task A_session_note_is_its_author_s_alone_and_in_their_export()
    {
        var s = await SessionScenario.CreateAsync(app);
        var id = (await ScheduleAsync(s, Ada(s), s.Online(SessionScenario.At(40))))["session"]!["id"]!.GetValue<string>();

        await _api.OkAsync(Ada(s), "writeSessionNote", new { sessionId = id, text = "Cat explained lean; ask about kanban boards next time." }, "note { text }");
        var own = await app.CreateGraphQLClient(Ada(s)).QueryAsync("query($id: ID!) { node(id: $id) { ... on Session { myNote { text } } } }", new { id });
        var partner = await app.CreateGraphQLClient(Cat(s)).QueryAsync("query($id: ID!) { node(id: $id) { ... on Session { myNote { text } } } }", new { id });
        var export = await app.CreateGraphQLClient(Ada(s)).QueryAsync("mutation { exportMyData { export { sessionNotes { text } } } }");

        Assert.Equal("Cat explained lean; ask about kanban boards next time.", own["node"]!["myNote"]!["text"]!.GetValue<string>());
        Assert.Null(partner["node"]!["myNote"]);
        Assert.Equal(["Cat explained lean; ask about kanban boards next time."], export["exportMyData"]!["export"]!["sessionNotes"]!.AsArray().Select(n => n!["text"]!.GetValue<string>()));
    }

    private static Caller Ada(SessionScenario s) => ProgrammeScenario.Caller(s.Programme.Ada);

    private static Caller Cat(SessionScenario s) => ProgrammeScenario.Caller(s.Programme.Cat);

    private async Task<string> PastSessionAsync(SessionScenario s, int days)
    {
        var id = (await ScheduleAsync(s, Ada(s), s.Online(SessionScenario.At(days))))["session"]!["id"]!.GetValue<string>();
        await SessionScenario.MoveToPastAsync(app, id);
        return id;
    }

    private Task<JsonNode> ScheduleAsync(SessionScenario s, Caller caller, object input) => _api.OkAsync(caller, "scheduleSession", input, Selection);

    private Task<JsonNode> SendScheduleAsync(Caller caller, object input) => _api.SendAsync(caller, "scheduleSession", input, Selection);

    private async Task<int> CountAsync()
    {
        await using var db = app.CreateDbContext();
        return await db.PairingSessions.CountAsync();
    }
}
