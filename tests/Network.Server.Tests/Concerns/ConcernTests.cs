using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Network.Server.Auditing;
using Network.Server.Concerns;
using Network.Server.GraphQL.Relay;
using Network.Server.Identity;
using Network.Server.Mentors;
using Network.Server.Pairings;
using Network.Server.Tests.Infrastructure;
using Network.Server.Tests.Programmes;

namespace Network.Server.Tests.Concerns;

/// <summary>
/// Concerns raised within a programme, over HTTP against the real database: who sees them, what the person
/// concerned can learn, how coordinators act on them, and that every refusal writes nothing.
/// </summary>
public sealed class ConcernTests(NetworkApp app) : IClassFixture<NetworkApp>
{
    private const string ConcernSelection =
        "concern { id status category description reporter { id } aboutPairing { id status } aboutMentor { id } actions { action status note actorSubject } }";

    private static readonly string[] RefusalCodes = ["AUTH_NOT_AUTHORIZED", "AUTH_NOT_AUTHENTICATED"];

    private readonly ProgrammeApi _api = new(app);

    [Fact]
    public async Task A_participant_reports_a_concern_which_only_the_programme_s_coordinators_and_the_reporter_see()
    {
        var (s, pairingId) = await ActivePairingAsync();

        var reported = await ReportAsync(s.Ada, s, new { pairingId }, "Repeatedly messaged me late at night after I asked not to be.");

        var concern = reported["concern"]!;
        Assert.Equal("OPEN", concern["status"]!.GetValue<string>());
        Assert.Equal("Repeatedly messaged me late at night after I asked not to be.", concern["description"]!.GetValue<string>());
        Assert.Null(concern["actions"]);
        var id = concern["id"]!.GetValue<string>();

        var coordinators = await ProgrammeConcernsAsync(TestCallers.Coordinator, s);
        var seen = Assert.Single(coordinators!.AsArray())!;
        Assert.Equal(id, seen["id"]!.GetValue<string>());
        Assert.Equal(ProgrammeScenario.MentorId(s.Ada), seen["reporter"]!["id"]!.GetValue<string>());
        Assert.Equal("Repeatedly messaged me late at night after I asked not to be.", seen["description"]!.GetValue<string>());

        // The person concerned and another programme's coordinator find nothing; roles that never read concerns are refused.
        foreach (var caller in new[] { ProgrammeScenario.Caller(s.Cat), new Caller("another-coordinator", [Role.Coordinator]) })
        {
            Assert.Null(await ProgrammeConcernsAsync(caller, s));
            var node = await app.CreateGraphQLClient(caller).QueryAsync("query($id: ID!) { node(id: $id) { id } }", new { id });
            Assert.Null(node["node"]);
        }

        foreach (var caller in new[] { TestCallers.EmployerAdmin(s.Engineering.Id), TestCallers.Partner, TestCallers.Organiser, TestCallers.Anonymous })
        {
            var response = await app.CreateGraphQLClient(caller).PostAsync("query($id: ID!) { node(id: $id) { ... on Programme { concerns { id description } } } }", new { id = s.ProgrammeId });
            Assert.Null(response.Data!["node"]!["concerns"]);
            Assert.Contains(response.FirstErrorCode, RefusalCodes);
        }

        var own = await app.CreateGraphQLClient(ProgrammeScenario.Caller(s.Ada)).QueryAsync("query($id: ID!) { node(id: $id) { ... on Concern { status description } } }", new { id });
        Assert.Equal("OPEN", own["node"]!["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_person_concerned_finds_no_trace_of_the_concern_or_its_reporter_in_their_own_data()
    {
        var (s, pairingId) = await ActivePairingAsync();
        var id = (await ReportAsync(s.Ada, s, new { pairingId }, "Shared my company's figures with a competitor."))["concern"]!["id"]!.GetValue<string>();
        await TriageAsync(id, "PAUSE_PAIRING", "Speaking to both employers.");

        var export = await ExportAsync(s.Cat);

        Assert.Empty(export["concernsRaised"]!.AsArray());
        Assert.DoesNotContain(export["auditLog"]!.AsArray(), e => e!["action"]!.GetValue<string>() is "reportConcern" or "triageConcern");
        Assert.Contains(export["auditLog"]!.AsArray(), e => e!["action"]!.GetValue<string>() == "pausePairing");
        var pairing = Assert.Single(export["pairings"]!.AsArray(), p => p!["id"]!.GetValue<string>() == pairingId)!;
        Assert.Equal("PAUSED", pairing["status"]!.GetValue<string>());
        var paused = pairing["history"]!.AsArray().Last()!;
        Assert.Equal(ConcernMutations.PausedNote, paused["note"]!.GetValue<string>());
        Assert.DoesNotContain("Speaking", export.ToJsonString(), StringComparison.Ordinal);
        Assert.DoesNotContain("competitor", export.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_coordinator_acknowledges_pauses_then_ends_the_pairing_each_action_kept_and_audited()
    {
        var (s, pairingId) = await ActivePairingAsync();
        var id = (await ReportAsync(s.Ada, s, new { pairingId }, "Made remarks about my age in every session."))["concern"]!["id"]!.GetValue<string>();

        await TriageAsync(id, "ACKNOWLEDGE", "Called Ada.");
        await TriageAsync(id, "PAUSE_PAIRING", null);
        var ended = (await TriageAsync(id, "END_PAIRING", "Both employers agreed."))["concern"]!;

        Assert.Equal("ACTIONED", ended["status"]!.GetValue<string>());
        Assert.Equal(["ACKNOWLEDGE", "PAUSE_PAIRING", "END_PAIRING"], ended["actions"]!.AsArray().Select(a => a!["action"]!.GetValue<string>()));
        Assert.Equal(["ACKNOWLEDGED", "ACTIONED", "ACTIONED"], ended["actions"]!.AsArray().Select(a => a!["status"]!.GetValue<string>()));
        Assert.Equal("Called Ada.", ended["actions"]![0]!["note"]!.GetValue<string>());
        Assert.Equal(TestCallers.Coordinator.Subject, ended["actions"]![0]!["actorSubject"]!.GetValue<string>());
        Assert.Equal("ENDED", ended["aboutPairing"]!["status"]!.GetValue<string>());

        await using var db = app.CreateDbContext();
        var key = GlobalId.Parse(id, "Concern");
        var pairing = await db.Pairings.AsNoTracking().SingleAsync(p => p.Id == GlobalId.Parse(pairingId, "Pairing"));
        Assert.Equal((PairingStatus.Ended, PairingEndReason.Safeguarding), (pairing.Status, pairing.EndReason));
        Assert.Equal(3, await db.AuditEntries.CountAsync(a => a.SubjectType == "Concern" && a.SubjectId == key && a.Action == "triageConcern"));
        Assert.Equal(2, await db.AuditEntries.CountAsync(a => a.SubjectType == "Mentor" && a.SubjectId == s.Cat.Id && (a.Action == "pausePairing" || a.Action == "endPairing")));
    }

    [Fact]
    public async Task A_concern_about_a_person_acts_on_their_open_pairing_with_the_reporter_or_says_there_is_none()
    {
        var (s, pairingId) = await ActivePairingAsync();
        var aboutCat = (await ReportAsync(s.Ada, s, new { mentorId = ProgrammeScenario.MentorId(s.Cat) }, "Turned up drunk to our second session."))["concern"]!["id"]!.GetValue<string>();
        var aboutDev = (await ReportAsync(s.Ada, s, new { mentorId = ProgrammeScenario.MentorId(s.Dev) }, "Said something hurtful at the launch event."))["concern"]!["id"]!.GetValue<string>();

        var paused = await TriageAsync(aboutCat, "PAUSE_PAIRING", null);
        var none = await _api.SendAsync(TestCallers.Coordinator, "triageConcern", new { concernId = aboutDev, action = "PAUSE_PAIRING" }, ConcernSelection);

        Assert.Equal("PAUSED", await PairingStatusAsync(pairingId));
        Assert.Equal("ACTIONED", paused["concern"]!["status"]!.GetValue<string>());
        Assert.Equal(["ConcernHasNoPairingError"], ProgrammeApi.ErrorTypes(none));
        Assert.Equal("OPEN", await StatusAsync(aboutDev));
    }

    [Fact]
    public async Task Refused_reports_say_why_and_write_nothing()
    {
        var (s, pairingId) = await ActivePairingAsync();
        await using var db = app.CreateDbContext();
        var before = await db.ConcernReports.CountAsync();

        var notEnrolled = await SendReportAsync(s.Eve, s, new { mentorId = ProgrammeScenario.MentorId(s.Ada) }, "Something happened at the event.");
        var notTheirPairing = await SendReportAsync(s.Ben, s, new { pairingId }, "Something happened at the event.");
        var themselves = await SendReportAsync(s.Ada, s, new { mentorId = ProgrammeScenario.MentorId(s.Ada) }, "Something happened at the event.");
        var notAParticipant = await SendReportAsync(s.Ada, s, new { mentorId = ProgrammeScenario.MentorId(s.Fay) }, "Something happened at the event.");
        var tooShort = await SendReportAsync(s.Ada, s, new { pairingId }, "Rude.");
        var tooLong = await SendReportAsync(s.Ada, s, new { pairingId }, new string('x', ConcernRules.MaxDescriptionLength + 1));
        var blank = await SendReportAsync(s.Ada, s, new { pairingId }, "   ");
        var badId = await SendReportAsync(s.Ada, s, new { pairingId = "not-an-id" }, "Something happened at the event.");
        var someoneElse = await _api.SendAsync(ProgrammeScenario.Caller(s.Ben), "reportConcern", ReportInput(s.Ada, s, new { pairingId }, "Something happened at the event."), ConcernSelection);

        Assert.Equal(["EnrolmentNotFoundError"], ProgrammeApi.ErrorTypes(notEnrolled));
        Assert.Equal(["InvalidConcernSubjectError"], ProgrammeApi.ErrorTypes(notTheirPairing));
        Assert.Equal(["InvalidConcernSubjectError"], ProgrammeApi.ErrorTypes(themselves));
        Assert.Equal(["InvalidConcernSubjectError"], ProgrammeApi.ErrorTypes(notAParticipant));
        Assert.Equal(["OutOfRangeError"], ProgrammeApi.ErrorTypes(tooShort));
        Assert.Equal(["ValueTooLongError"], ProgrammeApi.ErrorTypes(tooLong));
        Assert.Equal(["BlankValueError"], ProgrammeApi.ErrorTypes(blank));
        Assert.Equal(["InvalidIdError"], ProgrammeApi.ErrorTypes(badId));
        Assert.Equal(["NotAuthorizedError"], ProgrammeApi.ErrorTypes(someoneElse));
        Assert.Equal(before, await db.ConcernReports.CountAsync());
    }

    [Fact]
    public async Task Actions_follow_the_concern_s_status_and_a_refused_action_changes_nothing()
    {
        var (s, pairingId) = await ActivePairingAsync();
        var id = (await ReportAsync(s.Ada, s, new { pairingId }, "Keeps cancelling at the last minute and blaming me."))["concern"]!["id"]!.GetValue<string>();
        await TriageAsync(id, "DISMISS", "A scheduling matter; spoke to both.");

        var again = await _api.SendAsync(TestCallers.Coordinator, "triageConcern", new { concernId = id, action = "PAUSE_PAIRING" }, ConcernSelection);
        var unknown = await _api.SendAsync(TestCallers.Coordinator, "triageConcern", new { concernId = GlobalId.Serialize("Concern", int.MaxValue), action = "ACKNOWLEDGE" }, ConcernSelection);
        var tooLong = await _api.SendAsync(TestCallers.Coordinator, "triageConcern", new { concernId = id, action = "ACKNOWLEDGE", note = new string('n', ConcernRules.MaxNoteLength + 1) }, ConcernSelection);

        Assert.Equal(["InvalidConcernTransitionError"], ProgrammeApi.ErrorTypes(again));
        Assert.Equal(["ConcernNotFoundError"], ProgrammeApi.ErrorTypes(unknown));
        Assert.Equal(["ValueTooLongError"], ProgrammeApi.ErrorTypes(tooLong));
        Assert.Equal("DISMISSED", await StatusAsync(id));
        Assert.Equal("ACTIVE", await PairingStatusAsync(pairingId));

        // Pausing a pairing that is not active is the pairing's refusal, and the concern stays as it was.
        var second = (await ReportAsync(s.Cat, s, new { pairingId }, "Was dismissive about questions on data."))["concern"]!["id"]!.GetValue<string>();
        await TriageAsync(second, "END_PAIRING", null);
        var third = (await ReportAsync(s.Cat, s, new { pairingId }, "A follow-up on the earlier concern."))["concern"]!["id"]!.GetValue<string>();
        var pauseEnded = await _api.SendAsync(TestCallers.Coordinator, "triageConcern", new { concernId = third, action = "PAUSE_PAIRING" }, ConcernSelection);
        Assert.Equal(["InvalidPairingTransitionError"], ProgrammeApi.ErrorTypes(pauseEnded));
        Assert.Equal("OPEN", await StatusAsync(third));
    }

    [Fact]
    public async Task A_reporter_s_export_holds_their_concerns_enrolments_and_training_and_erasure_removes_what_they_wrote()
    {
        var (s, pairingId) = await ActivePairingAsync();
        await _api.OkAsync(TestCallers.Coordinator, "recordTrainingCompletion", new { mentorId = ProgrammeScenario.MentorId(s.Ada), trainingModuleId = TestData.Id("TrainingModule", 1) }, "completion { completedAt }");
        var id = (await ReportAsync(s.Ada, s, new { pairingId }, "Pressed me for details of a client contract."))["concern"]!["id"]!.GetValue<string>();
        await TriageAsync(id, "ACKNOWLEDGE", "Internal note.");

        var export = await ExportAsync(s.Ada);

        var raised = Assert.Single(export["concernsRaised"]!.AsArray())!;
        Assert.Equal("Pressed me for details of a client contract.", raised["description"]!.GetValue<string>());
        Assert.Null(raised["actions"]);
        Assert.Equal(["ENROLLED"], export["programmeEnrolments"]!.AsArray().Select(e => e!["status"]!.GetValue<string>()));
        Assert.Equal([TestData.Id("TrainingModule", 1)], export["trainingCompletions"]!.AsArray().Select(t => t!["module"]!["id"]!.GetValue<string>()));

        var erased = await app.CreateGraphQLClient(ProgrammeScenario.Caller(s.Ada)).QueryAsync("mutation { eraseMyData { mentor { id } errors { __typename } } }");
        Assert.Null(erased["eraseMyData"]!["errors"]);

        var concern = (await ProgrammeConcernsAsync(TestCallers.Coordinator, s))!.AsArray().Single(c => c!["id"]!.GetValue<string>() == id)!;
        Assert.Null(concern["description"]);
        Assert.Equal("ACKNOWLEDGED", concern["status"]!.GetValue<string>());
    }

    /// <summary>A programme with Ada, Ben, Cat and Dev enrolled, and Ada and Cat in an active pairing made within it.</summary>
    private async Task<(ProgrammeScenario Scenario, string PairingId)> ActivePairingAsync()
    {
        var s = await ProgrammeScenario.CreateAsync(app);
        await s.EnrolAsync(_api, s.Ada, s.Ben, s.Cat, s.Dev);
        var pairingId = await s.ActivePairingAsync(_api, s.Ada, s.Cat);
        return (s, pairingId);
    }

    private static object ReportInput(Mentor reporter, ProgrammeScenario s, object about, string description) => new
    {
        programmeId = s.ProgrammeId,
        mentorId = ProgrammeScenario.MentorId(reporter),
        about,
        category = "INAPPROPRIATE_BEHAVIOUR",
        description,
    };

    private Task<JsonNode> SendReportAsync(Mentor reporter, ProgrammeScenario s, object about, string description) =>
        _api.SendAsync(ProgrammeScenario.Caller(reporter), "reportConcern", ReportInput(reporter, s, about, description), ConcernSelection);

    private Task<JsonNode> ReportAsync(Mentor reporter, ProgrammeScenario s, object about, string description) =>
        _api.OkAsync(ProgrammeScenario.Caller(reporter), "reportConcern", ReportInput(reporter, s, about, description), ConcernSelection);

    private Task<JsonNode> TriageAsync(string concernId, string action, string? note) =>
        _api.OkAsync(TestCallers.Coordinator, "triageConcern", new { concernId, action, note }, ConcernSelection);

    private async Task<JsonNode?> ProgrammeConcernsAsync(Caller caller, ProgrammeScenario s) =>
        (await app.CreateGraphQLClient(caller).QueryAsync(
            "query($id: ID!) { node(id: $id) { ... on Programme { concerns { id status description reporter { id } } } } }",
            new { id = s.ProgrammeId }))["node"]!["concerns"];

    private async Task<JsonNode> ExportAsync(Mentor mentor) =>
        (await app.CreateGraphQLClient(ProgrammeScenario.Caller(mentor)).QueryAsync(
            "mutation { exportMyData { export { auditLog { action } pairings { id status history { note } } concernsRaised { id description actions { note } } " +
            "programmeEnrolments { status } trainingCompletions { module { id } } } errors { __typename } } }"))["exportMyData"]!["export"]!;

    private async Task<string> StatusAsync(string concernId)
    {
        await using var db = app.CreateDbContext();
        var key = GlobalId.Parse(concernId, "Concern");
        return (await db.ConcernReports.AsNoTracking().SingleAsync(c => c.Id == key)).Status.ToString().ToUpperInvariant();
    }

    private async Task<string> PairingStatusAsync(string pairingId)
    {
        await using var db = app.CreateDbContext();
        var key = GlobalId.Parse(pairingId, "Pairing");
        return (await db.Pairings.AsNoTracking().SingleAsync(p => p.Id == key)).Status.ToString().ToUpperInvariant();
    }
}
