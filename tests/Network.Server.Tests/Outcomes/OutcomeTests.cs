using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Network.Server.Employers;
using Network.Server.GraphQL.Relay;
using Network.Server.Identity;
using Network.Server.Mentors;
using Network.Server.Outcomes;
using Network.Server.Programmes;
using Network.Server.SkillsGaps;
using Network.Server.Tests.Infrastructure;
using Network.Server.Tests.Programmes;

namespace Network.Server.Tests.Outcomes;

/// <summary>
/// Programme outcomes over HTTP against the real database: employers' admins confirm, near a programme's end, whether their
/// enrolled mentors stayed and where their targeted gaps stand; each refusal is typed and writes nothing, and each caller reads
/// only the confirmations they may. The programme's dates are moved in the database to bring its end near.
/// Ada and Ben (digital) and Cat (engineering) are enrolled; the programme's objective targets both employers' open gaps.
/// </summary>
public sealed class OutcomeTests(NetworkApp app) : IClassFixture<NetworkApp>
{
    private const string Outcomes = "outcomes { checkpoint employer { id } retention { mentor { id } checkpoint stillEmployed } gaps { skillsGap { id status } checkpoint status programmeHelped } }";

    private const string Read = "query($id: ID!) { node(id: $id) { ... on Programme { retentionChecks { mentor { id } checkpoint stillEmployed } gapOutcomes { skillsGap { id } status } } } }";

    private readonly ProgrammeApi _api = new(app);

    [Fact]
    public async Task An_employer_admin_confirms_retention_and_gaps_near_the_end_filled_closes_the_gap_and_answering_again_corrects()
    {
        var s = await ScenarioAsync();
        var digital = TestCallers.EmployerAdmin(s.Digital.Id);

        var first = await _api.OkAsync(digital, "recordProgrammeOutcomes", Input(s, s.Digital, [(s.Ada, true), (s.Ben, false)], [(s.DigitalGap, "FILLED", true)]), Outcomes);
        var gapAfterFirst = await app.FindAsync<SkillsGap>(s.DigitalGap.Id);
        var corrected = await _api.OkAsync(digital, "recordProgrammeOutcomes", Input(s, s.Digital, [(s.Ben, true)], [(s.DigitalGap, "STILL_OPEN", false)]), Outcomes);
        await _api.OkAsync(TestCallers.Admin, "recordProgrammeOutcomes", Input(s, s.Engineering, [(s.Cat, true)], [(s.EngineeringGap, "NO_LONGER_NEEDED", false)]), Outcomes);

        var outcomes = first["outcomes"]!;
        Assert.Equal(("END", TestData.Id("Employer", s.Digital.Id)), (outcomes["checkpoint"]!.GetValue<string>(), outcomes["employer"]!["id"]!.GetValue<string>()));
        Assert.Equal([$"{Id(s.Ada)} END True", $"{Id(s.Ben)} END False"], outcomes["retention"]!.AsArray().Select(r => $"{r!["mentor"]!["id"]} {r["checkpoint"]} {r["stillEmployed"]!.GetValue<bool>()}"));
        var gap = Assert.Single(outcomes["gaps"]!.AsArray())!;
        Assert.Equal(("FILLED", true, "FILLED"), (gap["status"]!.GetValue<string>(), gap["programmeHelped"]!.GetValue<bool>(), gap["skillsGap"]!["status"]!.GetValue<string>()));
        Assert.Equal(SkillsGapStatus.Filled, gapAfterFirst.Status);
        Assert.NotNull(gapAfterFirst.ClosedAt);
        Assert.True(Assert.Single(corrected["outcomes"]!["retention"]!.AsArray())!["stillEmployed"]!.GetValue<bool>());

        await using var db = app.CreateDbContext();
        var key = GlobalId.Parse(s.ProgrammeId, "Programme");
        var retention = await db.RetentionChecks.AsNoTracking().Where(r => r.ProgrammeId == key).OrderBy(r => r.MentorId).Select(r => new { r.MentorId, r.EmployerId, r.StillEmployed }).ToListAsync();
        Assert.Equal([(s.Ada.Id, s.Digital.Id, true), (s.Ben.Id, s.Digital.Id, true), (s.Cat.Id, s.Engineering.Id, true)], retention.Select(r => (r.MentorId, r.EmployerId, r.StillEmployed)));
        var gaps = await db.GapOutcomes.AsNoTracking().Where(g => g.ProgrammeId == key).OrderBy(g => g.SkillsGapId).Select(g => $"{g.SkillsGapId} {g.Status} {g.ProgrammeHelped} {g.RecordedBySubject}").ToListAsync();
        Assert.Equal([$"{s.DigitalGap.Id} StillOpen False {digital.Subject}", $"{s.EngineeringGap.Id} NoLongerNeeded False {TestCallers.Admin.Subject}"], gaps);

        // The gap was closed by the first answer; the correction changes the answer, not the gap (it closes only open gaps).
        Assert.Equal(SkillsGapStatus.Filled, (await app.FindAsync<SkillsGap>(s.DigitalGap.Id)).Status);
        Assert.Equal(SkillsGapStatus.Open, (await app.FindAsync<SkillsGap>(s.EngineeringGap.Id)).Status);
    }

    [Fact]
    public async Task A_mentor_who_withdrew_is_still_confirmed_as_gone_but_one_never_enrolled_is_not()
    {
        var s = await ScenarioAsync();
        var digital = TestCallers.EmployerAdmin(s.Digital.Id);
        await _api.OkAsync(ProgrammeScenario.Caller(s.Ben), "withdrawFromProgramme", new { programmeId = s.ProgrammeId, mentorId = Id(s.Ben), reason = "Left the firm." }, "enrolment { status }");

        var gone = await _api.OkAsync(digital, "recordProgrammeOutcomes", Input(s, s.Digital, [(s.Ben, false)], []), Outcomes);
        var never = await SendAsync(TestCallers.EmployerAdmin(s.Engineering.Id), Input(s, s.Engineering, [(s.Dev, false)], []));

        Assert.False(Assert.Single(gone["outcomes"]!["retention"]!.AsArray())!["stillEmployed"]!.GetValue<bool>());
        Assert.Equal(["EnrolmentNotFoundError"], ProgrammeApi.ErrorTypes(never));
    }

    [Fact]
    public async Task A_checkpoint_is_refused_until_it_opens_and_never_opens_for_a_cancelled_programme()
    {
        var s = await ScenarioAsync(endsInDays: 60);
        var digital = TestCallers.EmployerAdmin(s.Digital.Id);
        var before = await SnapshotAsync(s);
        const string Selection = "outcomes { checkpoint } errors { ... on OutcomeCheckpointNotOpenError { checkpoint opensOn } }";
        var input = Input(s, s.Digital, [(s.Ada, true)], []);

        var early = await _api.SendAsync(digital, "recordProgrammeOutcomes", input, Selection);
        var threeMonths = await _api.SendAsync(digital, "recordProgrammeOutcomes", Input(s, s.Digital, [(s.Ada, true)], [], "THREE_MONTHS"), Selection);
        var windows = await WindowsAsync(s);
        await SetProgrammeAsync(s, ProgrammeStatus.Recruiting, endsInDays: 10);
        var recruiting = await _api.SendAsync(digital, "recordProgrammeOutcomes", input, Selection);
        await SetProgrammeAsync(s, ProgrammeStatus.Cancelled, endsInDays: 10);
        var cancelled = await _api.SendAsync(digital, "recordProgrammeOutcomes", input, Selection);
        var cancelledWindows = await WindowsAsync(s);

        Assert.Equal(["OutcomeCheckpointNotOpenError"], ProgrammeApi.ErrorTypes(early));
        Assert.Equal(("END", ProgrammeApi.Date(30)), (early["errors"]![0]!["checkpoint"]!.GetValue<string>(), early["errors"]![0]!["opensOn"]!.GetValue<string>()));
        var endsOn = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(60);
        Assert.Equal(endsOn.AddMonths(3).ToString("yyyy-MM-dd"), threeMonths["errors"]![0]!["opensOn"]!.GetValue<string>());
        Assert.Equal([$"END {ProgrammeApi.Date(30)} False", $"THREE_MONTHS {endsOn.AddMonths(3):yyyy-MM-dd} False"], windows);
        Assert.Equal(["OutcomeCheckpointNotOpenError"], ProgrammeApi.ErrorTypes(recruiting));
        Assert.Equal(ProgrammeApi.Date(-20), recruiting["errors"]![0]!["opensOn"]!.GetValue<string>());
        Assert.Equal(["OutcomeCheckpointNotOpenError"], ProgrammeApi.ErrorTypes(cancelled));
        Assert.Null(cancelled["errors"]![0]!["opensOn"]);
        Assert.Equal(["END  False", "THREE_MONTHS  False"], cancelledWindows);
        Assert.Null(early["outcomes"]);
        Assert.Equal(before, await SnapshotAsync(s));
    }

    [Fact]
    public async Task Refused_confirmations_say_why_and_write_nothing()
    {
        var s = await ScenarioAsync();
        var untargeted = await new TestData(app).GapAsync(s.Digital, "cybersecurity");
        var digital = TestCallers.EmployerAdmin(s.Digital.Id);
        var before = await SnapshotAsync(s);

        var notJoined = await SendAsync(TestCallers.EmployerAdmin(s.Construction.Id), Input(s, s.Construction, [(s.Eve, true)], []));
        var notJoinedByAdmin = await SendAsync(TestCallers.Admin, Input(s, s.Outside, [(s.Fay, true)], []));
        var notEnrolled = await SendAsync(TestCallers.EmployerAdmin(s.Engineering.Id), Input(s, s.Engineering, [(s.Cat, true), (s.Dev, true)], []));
        var otherEmployersMentor = await SendAsync(digital, Input(s, s.Digital, [(s.Ada, true), (s.Cat, true)], []));
        var notTargeted = await SendAsync(digital, Input(s, s.Digital, [], [(untargeted, "FILLED", true)]));
        var otherEmployersGap = await SendAsync(digital, Input(s, s.Digital, [(s.Ada, true)], [(s.DigitalGap, "FILLED", true), (s.EngineeringGap, "FILLED", true)]));
        var duplicateMentor = await _api.SendAsync(digital, "recordProgrammeOutcomes", Input(s, s.Digital, [(s.Ada, true), (s.Ada, false)], []), "outcomes { checkpoint } errors { ... on DuplicateAnswerError { field id } }");
        var duplicateGap = await SendAsync(digital, Input(s, s.Digital, [], [(s.DigitalGap, "FILLED", true), (s.DigitalGap, "STILL_OPEN", true)]));
        var empty = await SendAsync(digital, Input(s, s.Digital, [], []));
        var invalid = await SendAsync(digital, new { programmeId = s.ProgrammeId, employerId = TestData.Id("Employer", s.Digital.Id), checkpoint = "END", retention = new[] { new { mentorId = "not-an-id", stillEmployed = true } } });
        var missing = await SendAsync(digital, new { programmeId = TestData.Id("Programme", int.MaxValue), employerId = TestData.Id("Employer", s.Digital.Id), checkpoint = "END", retention = new[] { new { mentorId = Id(s.Ada), stillEmployed = true } } });
        var otherEmployersAdmin = await SendAsync(TestCallers.EmployerAdmin(s.Engineering.Id), Input(s, s.Digital, [(s.Ada, true)], []));
        var mentor = await SendAsync(ProgrammeScenario.Caller(s.Ada), Input(s, s.Digital, [(s.Ada, true)], []));
        var coordinator = await SendAsync(TestCallers.Coordinator, Input(s, s.Digital, [(s.Ada, true)], []));

        Assert.Equal(["EmployerNotInProgrammeError"], ProgrammeApi.ErrorTypes(notJoined));
        Assert.Equal(["EmployerNotInProgrammeError"], ProgrammeApi.ErrorTypes(notJoinedByAdmin));
        Assert.Equal(["EnrolmentNotFoundError"], ProgrammeApi.ErrorTypes(notEnrolled));
        Assert.Equal(["EnrolmentNotFoundError"], ProgrammeApi.ErrorTypes(otherEmployersMentor));
        Assert.Equal(["GapNotInProgrammeError"], ProgrammeApi.ErrorTypes(notTargeted));
        Assert.Equal(["GapNotInProgrammeError"], ProgrammeApi.ErrorTypes(otherEmployersGap));
        Assert.Equal(["DuplicateAnswerError"], ProgrammeApi.ErrorTypes(duplicateMentor));
        Assert.Equal(("retention[1].mentorId", Id(s.Ada)), (duplicateMentor["errors"]![0]!["field"]!.GetValue<string>(), duplicateMentor["errors"]![0]!["id"]!.GetValue<string>()));
        Assert.Equal(["DuplicateAnswerError"], ProgrammeApi.ErrorTypes(duplicateGap));
        Assert.Equal(["OutOfRangeError"], ProgrammeApi.ErrorTypes(empty));
        Assert.Equal(["InvalidIdError"], ProgrammeApi.ErrorTypes(invalid));
        Assert.Equal(["ProgrammeNotFoundError"], ProgrammeApi.ErrorTypes(missing));
        Assert.Equal(["NotAuthorizedError"], ProgrammeApi.ErrorTypes(otherEmployersAdmin));
        Assert.Equal(["NotAuthorizedError"], ProgrammeApi.ErrorTypes(mentor));
        Assert.Equal(["NotAuthorizedError"], ProgrammeApi.ErrorTypes(coordinator));
        Assert.All(new[] { notJoined, notEnrolled, otherEmployersGap, empty, otherEmployersAdmin, mentor }, p => Assert.Null(p["outcomes"]));
        Assert.Equal(before, await SnapshotAsync(s));
        Assert.Equal(SkillsGapStatus.Open, (await app.FindAsync<SkillsGap>(s.DigitalGap.Id)).Status);
    }

    [Fact]
    public async Task Coordinators_read_every_confirmation_employer_admins_their_own_and_mentors_only_theirs()
    {
        var s = await ScenarioAsync();
        await _api.OkAsync(TestCallers.EmployerAdmin(s.Digital.Id), "recordProgrammeOutcomes", Input(s, s.Digital, [(s.Ada, true), (s.Ben, false)], [(s.DigitalGap, "STILL_OPEN", true)]), "outcomes { checkpoint }");
        await _api.OkAsync(TestCallers.EmployerAdmin(s.Engineering.Id), "recordProgrammeOutcomes", Input(s, s.Engineering, [(s.Cat, true)], [(s.EngineeringGap, "FILLED", true)]), "outcomes { checkpoint }");
        Assert.Equal(Sorted(Id(s.Ada), Id(s.Ben), Id(s.Cat), GapId(s.DigitalGap), GapId(s.EngineeringGap)), await VisibleAsync(s, TestCallers.Coordinator));
        Assert.Equal(Sorted(Id(s.Ada), Id(s.Ben), Id(s.Cat), GapId(s.DigitalGap), GapId(s.EngineeringGap)), await VisibleAsync(s, TestCallers.Admin));
        Assert.Equal(Sorted(Id(s.Ada), Id(s.Ben), GapId(s.DigitalGap)), await VisibleAsync(s, TestCallers.EmployerAdmin(s.Digital.Id)));
        Assert.Equal(Sorted(Id(s.Cat), GapId(s.EngineeringGap)), await VisibleAsync(s, TestCallers.EmployerAdmin(s.Engineering.Id)));
        Assert.Equal(Sorted(Id(s.Ada)), await VisibleAsync(s, ProgrammeScenario.Caller(s.Ada)));
        Assert.Equal(Sorted(Id(s.Cat)), await VisibleAsync(s, ProgrammeScenario.Caller(s.Cat)));
        Assert.Empty(await VisibleAsync(s, ProgrammeScenario.Caller(s.Dev)));
        Assert.Empty(await VisibleAsync(s, new Caller("another-coordinator", [Role.Coordinator])));
        Assert.Empty(await VisibleAsync(s, TestCallers.EmployerAdmin(s.Construction.Id)));

        // Organisers and partners may not read retention checks at all: the field is refused and nothing of them is in the response.
        foreach (var caller in new[] { TestCallers.Organiser, TestCallers.Partner })
        {
            var response = await app.CreateGraphQLClient(caller).PostAsync(Read, new { id = s.ProgrammeId });
            Assert.NotNull(response.Errors);
            Assert.DoesNotContain(Id(s.Ada), response.Body!.ToJsonString(), StringComparison.Ordinal);
            Assert.DoesNotContain("stillEmployed", response.Body!.ToJsonString(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_mentors_export_holds_the_retention_checks_about_them_only()
    {
        var s = await ScenarioAsync();
        await _api.OkAsync(TestCallers.EmployerAdmin(s.Digital.Id), "recordProgrammeOutcomes", Input(s, s.Digital, [(s.Ada, false), (s.Ben, true)], []), "outcomes { checkpoint }");
        const string Export = "mutation { exportMyData { export { retentionChecks { programme { id } mentor { id } employer { id } checkpoint stillEmployed recordedAt } } } }";

        var ada = (await app.CreateGraphQLClient(ProgrammeScenario.Caller(s.Ada)).QueryAsync(Export))["exportMyData"]!["export"]!["retentionChecks"]!.AsArray();
        var cat = (await app.CreateGraphQLClient(ProgrammeScenario.Caller(s.Cat)).QueryAsync(Export))["exportMyData"]!["export"]!["retentionChecks"]!.AsArray();

        var check = Assert.Single(ada)!;
        Assert.Equal((s.ProgrammeId, Id(s.Ada), TestData.Id("Employer", s.Digital.Id), "END", false),
            (check["programme"]!["id"]!.GetValue<string>(), check["mentor"]!["id"]!.GetValue<string>(), check["employer"]!["id"]!.GetValue<string>(), check["checkpoint"]!.GetValue<string>(), check["stillEmployed"]!.GetValue<bool>()));
        Assert.Empty(cat);
    }

    private static string Id(Mentor mentor) => ProgrammeScenario.MentorId(mentor);

    private static string GapId(SkillsGap gap) => TestData.Id("SkillsGap", gap.Id);

    /// <summary>
    /// A programme scenario whose objective targets the digital and engineering gaps, with Ada, Ben and Cat enrolled, then
    /// RUNNING and ending in <paramref name="endsInDays"/> days (within 30 days, the END checkpoint is open).
    /// </summary>
    private async Task<ProgrammeScenario> ScenarioAsync(int endsInDays = 10)
    {
        var s = await ProgrammeScenario.CreateAsync(app);
        await _api.OkAsync(TestCallers.Coordinator, "addProgrammeObjective", new
        {
            programmeId = s.ProgrammeId,
            statement = "Close the gaps of the employers taking part.",
            measure = "GAPS_ADDRESSED",
            target = 2,
            skillsGapIds = new[] { GapId(s.DigitalGap), GapId(s.EngineeringGap) },
        }, "objective { id }");
        await s.EnrolAsync(_api, s.Ada, s.Ben, s.Cat);
        await SetProgrammeAsync(s, ProgrammeStatus.Running, endsInDays);
        return s;
    }

    /// <summary>Moves the programme to <paramref name="status"/>, started 150 days ago and ending in <paramref name="endsInDays"/> days.</summary>
    private async Task SetProgrammeAsync(ProgrammeScenario s, ProgrammeStatus status, int endsInDays)
    {
        await using var db = app.CreateDbContext();
        var key = GlobalId.Parse(s.ProgrammeId, "Programme");
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var now = DateTimeOffset.UtcNow;
        await db.Programmes.Where(p => p.Id == key).ExecuteUpdateAsync(p => p
            .SetProperty(x => x.Status, status)
            .SetProperty(x => x.StartsOn, today.AddDays(-150))
            .SetProperty(x => x.EnrolmentClosesOn, today.AddDays(-120))
            .SetProperty(x => x.EndsOn, today.AddDays(endsInDays))
            .SetProperty(x => x.StartedAt, status == ProgrammeStatus.Recruiting ? null : now.AddDays(-150))
            .SetProperty(x => x.CancelledAt, status == ProgrammeStatus.Cancelled ? now : null));
    }

    private static object Input(
        ProgrammeScenario s, Employer employer, (Mentor Mentor, bool StillEmployed)[] retention, (SkillsGap Gap, string Status, bool Helped)[] gaps, string checkpoint = "END") => new
        {
            programmeId = s.ProgrammeId,
            employerId = TestData.Id("Employer", employer.Id),
            checkpoint,
            retention = retention.Select(r => new { mentorId = Id(r.Mentor), stillEmployed = r.StillEmployed }).ToArray(),
            gaps = gaps.Select(g => new { skillsGapId = GapId(g.Gap), status = g.Status, programmeHelped = g.Helped }).ToArray(),
        };

    private Task<JsonNode> SendAsync(Caller caller, object input) => _api.SendAsync(caller, "recordProgrammeOutcomes", input, "outcomes { checkpoint }");

    private async Task<string[]> WindowsAsync(ProgrammeScenario s)
    {
        var data = await app.CreateGraphQLClient(TestCallers.Coordinator).QueryAsync(
            "query($id: ID!) { node(id: $id) { ... on Programme { outcomeCheckpoints { checkpoint opensOn isOpen } } } }", new { id = s.ProgrammeId });
        return [.. data["node"]!["outcomeCheckpoints"]!.AsArray().Select(w => $"{w!["checkpoint"]} {w["opensOn"]} {w["isOpen"]!.GetValue<bool>()}")];
    }

    private static string[] Sorted(params string[] ids) => [.. ids.Order(StringComparer.Ordinal)];

    /// <summary>The IDs of the mentors whose retention checks, and of the gaps whose outcomes, <paramref name="caller"/> reads on the programme; sorted.</summary>
    private async Task<string[]> VisibleAsync(ProgrammeScenario s, Caller caller)
    {
        var programme = (await app.CreateGraphQLClient(caller).QueryAsync(Read, new { id = s.ProgrammeId }))["node"]!;
        Assert.All(programme["retentionChecks"]!.AsArray(), r => Assert.Equal("END", r!["checkpoint"]!.GetValue<string>()));
        return Sorted([
            .. programme["retentionChecks"]!.AsArray().Select(r => r!["mentor"]!["id"]!.GetValue<string>()),
            .. programme["gapOutcomes"]!.AsArray().Select(g => g!["skillsGap"]!["id"]!.GetValue<string>())]);
    }

    /// <summary>The programme's retention checks and gap outcomes, and its gaps' statuses, as text, so that a refusal can be seen to have written nothing.</summary>
    private async Task<string> SnapshotAsync(ProgrammeScenario s)
    {
        await using var db = app.CreateDbContext();
        var retention = await db.RetentionChecks.AsNoTracking().OrderBy(r => r.ProgrammeId).ThenBy(r => r.MentorId).ThenBy(r => r.Checkpoint)
            .Select(r => $"{r.ProgrammeId}/{r.MentorId}/{r.Checkpoint}:{r.StillEmployed}").ToListAsync();
        var gaps = await db.GapOutcomes.AsNoTracking().OrderBy(g => g.ProgrammeId).ThenBy(g => g.SkillsGapId).ThenBy(g => g.Checkpoint)
            .Select(g => $"{g.ProgrammeId}/{g.SkillsGapId}/{g.Checkpoint}:{g.Status}").ToListAsync();
        int[] employers = [s.Digital.Id, s.Engineering.Id];
        var statuses = await db.SkillsGaps.AsNoTracking().Where(g => employers.Contains(g.EmployerId)).OrderBy(g => g.Id).Select(g => $"{g.Id}:{g.Status}").ToListAsync();
        return string.Join(" | ", string.Join(",", retention), string.Join(",", gaps), string.Join(",", statuses));
    }
}
