using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Network.Server.CheckIns;
using Network.Server.GraphQL.Relay;
using Network.Server.Identity;
using Network.Server.Mentors;
using Network.Server.Pairings;
using Network.Server.Programmes;
using Network.Server.Skills;
using Network.Server.Tests.Infrastructure;
using Network.Server.Tests.Programmes;
using Network.Server.Tests.Sessions;

namespace Network.Server.Tests.CheckIns;

/// <summary>Pairing health and check-ins over HTTP against the real database, with the pairings' dates moved to tell their stories.</summary>
public sealed class CheckInTests(NetworkApp app) : IClassFixture<NetworkApp>
{
    private const string Health = "status reasons cadenceWeeks sessionsHeld sessionsMissed sessionsExpected sessionsUpcoming daysSinceLastSession openConcerns pairing { id }";

    private static readonly string[] Actions = ["Cat to send three dates", "Check again in two weeks"];

    private readonly ProgrammeApi _api = new(app);

    [Fact]
    public async Task A_new_pairing_is_on_track_a_concern_puts_it_at_risk_and_a_pause_stalls_it()
    {
        var s = await SessionScenario.CreateAsync(app);

        var fresh = await HealthAsync(TestCallers.Coordinator, s.PairingId);
        await _api.OkAsync(ProgrammeScenario.Caller(s.Programme.Ada), "reportConcern", new
        {
            programmeId = s.Programme.ProgrammeId,
            mentorId = ProgrammeScenario.MentorId(s.Programme.Ada),
            about = new { pairingId = s.PairingId },
            category = "OTHER",
            description = "We keep talking past each other.",
        }, "concern { id }");
        var concerned = await HealthAsync(TestCallers.Coordinator, s.PairingId);
        await _api.OkAsync(TestCallers.Coordinator, "pausePairing", new { pairingId = s.PairingId }, "pairing { status }");
        var paused = await HealthAsync(TestCallers.Coordinator, s.PairingId);

        Assert.Equal(("ON_TRACK", 2, 0), (fresh!["status"]!.GetValue<string>(), fresh["cadenceWeeks"]!.GetValue<int>(), fresh["sessionsExpected"]!.GetValue<int>()));
        Assert.Equal(("AT_RISK", 1), (concerned!["status"]!.GetValue<string>(), concerned["openConcerns"]!.GetValue<int>()));
        Assert.Contains("A concern about it is open.", Strings(concerned["reasons"]));
        Assert.Equal("STALLED", paused!["status"]!.GetValue<string>());
        Assert.Equal("Paused while a concern is looked into.", Strings(paused["reasons"])[0]);

        // The health counts concerns, so the mentors (refused by role) and anyone but the programme's coordinators see none.
        Assert.Equal("AUTH_NOT_AUTHORIZED", await RefusedAsync(ProgrammeScenario.Caller(s.Programme.Cat), $$"""query($id: ID!) { node(id: $id) { ... on Pairing { health { {{Health}} } } } }""", s.PairingId));
        Assert.Null(await HealthAsync(new Caller("another-coordinator", [Role.Coordinator]), s.PairingId));
    }

    [Fact]
    public async Task Time_without_sessions_puts_pairings_at_risk_then_stalls_them_and_the_attention_list_puts_the_most_urgent_first()
    {
        var s = await SessionScenario.CreateAsync(app);
        var other = await ActivePairingAsync(s.Programme, s.Programme.Ben, s.Programme.Dev);
        await ActiveSinceAsync(s.PairingId, days: 60);
        await ActiveSinceAsync(other, days: 25);

        var stalled = await HealthAsync(TestCallers.Coordinator, s.PairingId);
        var atRisk = await HealthAsync(TestCallers.Coordinator, other);
        var list = await AttentionAsync(TestCallers.Coordinator, s.Programme.ProgrammeId);

        Assert.Equal(("STALLED", 60, 4), (stalled!["status"]!.GetValue<string>(), stalled["daysSinceLastSession"]!.GetValue<int>(), stalled["sessionsExpected"]!.GetValue<int>()));
        Assert.StartsWith("No session for 60 days, three times its cadence", Strings(stalled["reasons"])[0], StringComparison.Ordinal);
        Assert.Equal("AT_RISK", atRisk!["status"]!.GetValue<string>());
        Assert.Equal([s.PairingId, other], list!.AsArray().Select(h => h!["pairing"]!["id"]!.GetValue<string>()));
        Assert.Equal("AUTH_NOT_AUTHORIZED", await RefusedAsync(ProgrammeScenario.Caller(s.Programme.Ada), $$"""query($id: ID!) { pairingsNeedingAttention(programmeId: $id) { {{Health}} } }""", s.Programme.ProgrammeId));
        Assert.Null(await AttentionAsync(new Caller("another-coordinator", [Role.Coordinator]), s.Programme.ProgrammeId));

        // A session held and another scheduled bring the second pairing back on track.
        var held = (await _api.OkAsync(ProgrammeScenario.Caller(s.Programme.Ben), "scheduleSession", Online(other, SessionScenario.At(40)), "session { id }"))["session"]!["id"]!.GetValue<string>();
        await SessionScenario.MoveToPastAsync(app, held);
        foreach (var mentor in new[] { s.Programme.Ben, s.Programme.Dev })
        {
            await _api.OkAsync(ProgrammeScenario.Caller(mentor), "recordSessionAttendance", new { sessionId = held, absentMentorIds = Array.Empty<string>() }, "session { status }");
        }

        await _api.OkAsync(ProgrammeScenario.Caller(s.Programme.Dev), "scheduleSession", Online(other, SessionScenario.At(41)), "session { id }");
        var recovered = await HealthAsync(TestCallers.Coordinator, other);
        Assert.Equal(("ON_TRACK", 1, 1, 1), (recovered!["status"]!.GetValue<string>(), recovered["sessionsHeld"]!.GetValue<int>(), recovered["sessionsUpcoming"]!.GetValue<int>(), recovered["daysSinceLastSession"]!.GetValue<int>()));
        Assert.Equal([s.PairingId], (await AttentionAsync(TestCallers.Coordinator, s.Programme.ProgrammeId))!.AsArray().Select(h => h!["pairing"]!["id"]!.GetValue<string>()));
    }

    [Fact]
    public async Task A_coordinator_records_a_check_in_with_the_health_they_saw_and_refusals_write_nothing()
    {
        var s = await SessionScenario.CreateAsync(app);
        await ActiveSinceAsync(s.PairingId, days: 60);

        var recorded = await _api.OkAsync(TestCallers.Coordinator, "recordCheckIn", new
        {
            pairingId = s.PairingId,
            note = "Spoke to both: Cat changed shifts. They will meet on Tuesdays.",
            actions = Actions,
            followUpOn = ProgrammeApi.Date(14),
        }, "checkIn { note actions followUpOn healthStatus coordinatorSubject }");
        await using var db = app.CreateDbContext();
        var count = await db.CheckIns.CountAsync();

        var blank = await _api.SendAsync(TestCallers.Coordinator, "recordCheckIn", new { pairingId = s.PairingId, note = " " }, "checkIn { note }");
        var past = await _api.SendAsync(TestCallers.Coordinator, "recordCheckIn", new { pairingId = s.PairingId, note = "Late.", followUpOn = ProgrammeApi.Date(-1) }, "checkIn { note }");
        var tooMany = await _api.SendAsync(TestCallers.Coordinator, "recordCheckIn", new { pairingId = s.PairingId, note = "Busy.", actions = Enumerable.Repeat("Act", 11) }, "checkIn { note }");
        var elsewhere = await _api.SendAsync(new Caller("another-coordinator", [Role.Coordinator]), "recordCheckIn", new { pairingId = s.PairingId, note = "Not mine." }, "checkIn { note }");

        Assert.Equal("STALLED", recorded["checkIn"]!["healthStatus"]!.GetValue<string>());
        Assert.Equal(Actions, Strings(recorded["checkIn"]!["actions"]));
        Assert.Equal(["BlankValueError"], ProgrammeApi.ErrorTypes(blank));
        Assert.Equal(["InvalidDateError"], ProgrammeApi.ErrorTypes(past));
        Assert.Equal(["OutOfRangeError"], ProgrammeApi.ErrorTypes(tooMany));
        Assert.Equal(["NotAuthorizedError"], ProgrammeApi.ErrorTypes(elsewhere));
        Assert.Equal(count, await db.CheckIns.CountAsync());

        var seen = await app.CreateGraphQLClient(TestCallers.Coordinator).QueryAsync("query($id: ID!) { node(id: $id) { ... on Pairing { checkIns { note } } } }", new { id = s.PairingId });
        var other = await app.CreateGraphQLClient(new Caller("another-coordinator", [Role.Coordinator])).QueryAsync("query($id: ID!) { node(id: $id) { ... on Pairing { checkIns { note } } } }", new { id = s.PairingId });
        Assert.Single(seen["node"]!["checkIns"]!.AsArray());
        Assert.Null(other["node"]!["checkIns"]);
        Assert.Equal("AUTH_NOT_AUTHORIZED", await RefusedAsync(ProgrammeScenario.Caller(s.Programme.Ada), "query($id: ID!) { node(id: $id) { ... on Pairing { checkIns { note } } } }", s.PairingId));
    }

    [Fact]
    public async Task A_pairing_outside_programmes_has_no_health_and_takes_no_check_in()
    {
        var data = new TestData(app);
        var tag = Guid.NewGuid().ToString("N")[..6];
        var one = await data.EmployerAsync($"{tag} One", Sector.IctDigital, "CV1 2JH");
        var two = await data.EmployerAsync($"{tag} Two", Sector.Construction, "CV3 4AA");
        var a = await data.MentorAsync(one, $"{tag} A", CareerStage.Early, ["data-analytics"], ["budget-planning"]);
        var b = await data.MentorAsync(two, $"{tag} B", CareerStage.Senior, ["budget-planning"], ["data-analytics"]);
        var pairingId = (await _api.OkAsync(TestCallers.Coordinator, "proposePairing", new { mentorId = ProgrammeScenario.MentorId(a), partnerId = ProgrammeScenario.MentorId(b) }, "pairing { id }"))["pairing"]!["id"]!.GetValue<string>();

        var refused = await _api.SendAsync(TestCallers.Coordinator, "recordCheckIn", new { pairingId, note = "Checking." }, "checkIn { note }");

        Assert.Equal(["NotAProgrammePairingError"], ProgrammeApi.ErrorTypes(refused));
        Assert.Null(await HealthAsync(TestCallers.Coordinator, pairingId));
    }

    private static List<string> Strings(JsonNode? array) => [.. array!.AsArray().Select(x => x!.GetValue<string>())];

    private static object Online(string pairingId, string startsAt) =>
        new { pairingId, startsAt, durationMinutes = 60, format = "ONLINE", onlineLink = "https://meet.example.org/check" };

    private async Task<JsonNode?> HealthAsync(Caller caller, string pairingId) =>
        (await app.CreateGraphQLClient(caller).QueryAsync($$"""query($id: ID!) { node(id: $id) { ... on Pairing { health { {{Health}} } } } }""", new { id = pairingId }))["node"]!["health"];

    /// <summary>The error code of a query refused by role, whose refused field is null.</summary>
    private async Task<string?> RefusedAsync(Caller caller, string query, string id)
    {
        var response = await app.CreateGraphQLClient(caller).PostAsync(query, new { id });
        Assert.NotNull(response.Data);
        return response.FirstErrorCode;
    }

    private async Task<JsonNode?> AttentionAsync(Caller caller, string programmeId) =>
        (await app.CreateGraphQLClient(caller).QueryAsync($$"""query($id: ID!) { pairingsNeedingAttention(programmeId: $id) { {{Health}} } }""", new { id = programmeId }))["pairingsNeedingAttention"];

    private async Task<string> ActivePairingAsync(ProgrammeScenario s, Mentor mentor, Mentor partner)
    {
        await using (var db = app.CreateDbContext())
        {
            if (!await db.ProgrammeEnrolments.AnyAsync(e => e.MentorId == mentor.Id))
            {
                await s.EnrolAsync(_api, mentor);
            }
        }

        return await s.ActivePairingAsync(_api, mentor, partner);
    }

    /// <summary>Moves a pairing's acceptance and activation back, as if it had been active for <paramref name="days"/> days.</summary>
    private async Task ActiveSinceAsync(string pairingId, int days)
    {
        await using var db = app.CreateDbContext();
        var key = GlobalId.Parse(pairingId, "Pairing");
        var since = DateTimeOffset.UtcNow.AddDays(-days).AddMinutes(-1);
        await db.Pairings.Where(p => p.Id == key).ExecuteUpdateAsync(p => p.SetProperty(x => x.ActivatedAt, since).SetProperty(x => x.AcceptedAt, since));
    }
}
