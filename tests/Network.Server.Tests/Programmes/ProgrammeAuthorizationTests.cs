using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Network.Server.Agreements;
using Network.Server.CheckIns;
using Network.Server.Concerns;
using Network.Server.Feedback;
using Network.Server.GraphQL.Relay;
using Network.Server.Identity;
using Network.Server.Outcomes;
using Network.Server.Pairings;
using Network.Server.Programmes;
using Network.Server.Sessions;
using Network.Server.Skills;
using Network.Server.SkillsGaps;
using Network.Server.Tests.Infrastructure;
using Network.Server.Tests.Sessions;
using Network.Server.Training;

namespace Network.Server.Tests.Programmes;

/// <summary>
/// The programme, training, concern, pairing-agreement, session, feedback and outcome mutations against every kind of caller, as the network-wide matrix does for
/// the others: an outsider's payload holds a single NotAuthorizedError and no row changes; an owner of the
/// programme, enrolment or mentor succeeds with the very same input and something is written.
/// </summary>
public sealed class ProgrammeAuthorizationTests(NetworkApp app) : IClassFixture<NetworkApp>
{
    // Callers. "The mentor" is the one the input names; their employer has joined the programme.
    private const string Anonymous = "anonymous";
    private const string Partner = "PARTNER";
    private const string Organiser = "ORGANISER";
    private const string ProgrammeCoordinator = "COORDINATOR of the programme";
    private const string OtherCoordinator = "COORDINATOR of other programmes";
    private const string Administrator = "ADMIN";
    private const string EmployersAdmin = "EMPLOYER_ADMIN of the mentor's employer";
    private const string OtherEmployersAdmin = "EMPLOYER_ADMIN of another employer in the programme";
    private const string NewEmployersAdmin = "EMPLOYER_ADMIN of an employer not yet in the programme";
    private const string TheMentor = "the MENTOR themself";
    private const string Colleague = "MENTOR colleague";

    private static readonly string[] NotCoordinators = [Anonymous, Partner, Organiser, OtherCoordinator, EmployersAdmin, TheMentor];

    private static readonly string[] SessionMutations = ["scheduleSession", "rescheduleSession", "cancelSession", "recordSessionAttendance", "writeSessionNote"];

    private static readonly string[] FeedbackMutations = ["rateSession", "rateConfidence", "completePairingSurvey"];

    private static readonly string[] ProgrammeChanges =
    [
        "updateProgramme", "addProgrammeCoordinator", "openProgramme", "startProgramme", "completeProgramme", "cancelProgramme",
        "addProgrammeObjective", "updateProgrammeObjective", "removeProgrammeObjective", "publishCodeOfConduct",
    ];

    /// <summary>Each mutation with an input that succeeds for an owner, in a fresh <see cref="World"/> prepared for it.</summary>
    public static IReadOnlyDictionary<string, (string Selection, Func<World, object> Input)> Mutations { get; } = new Dictionary<string, (string, Func<World, object>)>
    {
        ["createProgramme"] = ("programme { id }", w => ProgrammeApi.NewProgramme($"{w.Tag} Created")),
        ["updateProgramme"] = ("programme { id }", w => new { programmeId = w.ProgrammeId, name = $"{w.Tag} Renamed", maxPairs = 12 }),
        ["addProgrammeCoordinator"] = ("programme { id }", w => new { programmeId = w.ProgrammeId, subject = "added-coordinator" }),
        ["openProgramme"] = ("programme { id }", w => new { programmeId = w.ProgrammeId }),
        ["startProgramme"] = ("programme { id }", w => new { programmeId = w.ProgrammeId }),
        ["completeProgramme"] = ("programme { id }", w => new { programmeId = w.ProgrammeId }),
        ["cancelProgramme"] = ("programme { id }", w => new { programmeId = w.ProgrammeId, reason = "No longer funded" }),
        ["addProgrammeObjective"] = ("objective { id }", w => new { programmeId = w.ProgrammeId, statement = "Ten pairs.", measure = "PAIRS_FORMED", target = 10 }),
        ["updateProgrammeObjective"] = ("objective { id }", w => new { objectiveId = w.ObjectiveId, target = 7 }),
        ["removeProgrammeObjective"] = ("programme { id }", w => new { objectiveId = w.ObjectiveId }),
        ["publishCodeOfConduct"] = ("programme { id }", w => new { programmeId = w.ProgrammeId, text = "Version two." }),
        ["joinProgramme"] = ("programme { id }", w => new { programmeId = w.ProgrammeId, employerId = TestData.Id("Employer", w.Scenario.Construction.Id) }),
        ["nominateForProgramme"] = ("enrolment { status }", w => new { programmeId = w.ProgrammeId, mentorId = ProgrammeScenario.MentorId(w.Scenario.Ada) }),
        ["enrolInProgramme"] = ("enrolment { status }", w => w.Scenario.Enrolment(w.Scenario.Ada)),
        ["withdrawFromProgramme"] = ("enrolment { status }", w => new { programmeId = w.ProgrammeId, mentorId = ProgrammeScenario.MentorId(w.Scenario.Ada), reason = "Busy" }),
        ["acceptCodeOfConduct"] = ("enrolment { status }", w => new { programmeId = w.ProgrammeId, mentorId = ProgrammeScenario.MentorId(w.Scenario.Ada), version = 2 }),
        ["recordTrainingCompletion"] = ("completion { completedAt }", w => new { mentorId = ProgrammeScenario.MentorId(w.Scenario.Ada), trainingModuleId = TestData.Id("TrainingModule", 4) }),
        ["reportConcern"] = ("concern { id }", w => new
        {
            programmeId = w.ProgrammeId,
            mentorId = ProgrammeScenario.MentorId(w.Scenario.Ada),
            about = new { mentorId = ProgrammeScenario.MentorId(w.Scenario.Cat) },
            category = "HARASSMENT",
            description = "Kept contacting me after I asked them to stop.",
        }),
        ["triageConcern"] = ("concern { id }", w => new { concernId = w.ConcernId, action = "ACKNOWLEDGE", note = "Looking into it." }),
        ["proposePairingAgreement"] = ("agreement { version }", w => new
        {
            pairingId = w.PairingId,
            mentorId = ProgrammeScenario.MentorId(w.Scenario.Ada),
            everyWeeks = 2,
            format = "ONLINE",
            goals = new[]
            {
                new { statement = "Plan a project end to end.", skillId = TestData.SkillId("project-management"), ownerMentorId = ProgrammeScenario.MentorId(w.Scenario.Ada) },
                new { statement = "Build a first dashboard.", skillId = TestData.SkillId("data-analytics"), ownerMentorId = ProgrammeScenario.MentorId(w.Scenario.Cat) },
            },
            acknowledgeConfidentiality = true,
        }),
        ["confirmPairingAgreement"] = ("agreement { version }", w => new
        {
            pairingId = w.PairingId,
            mentorId = ProgrammeScenario.MentorId(w.Scenario.Ada),
            version = 1,
            acknowledgeConfidentiality = true,
        }),
        ["recordCheckIn"] = ("checkIn { recordedAt }", w => new { pairingId = w.PairingId, note = "Both happy; meeting fortnightly.", actions = new[] { "Look again in a month" } }),
        ["scheduleSession"] = ("session { id }", w => new
        {
            pairingId = w.PairingId,
            startsAt = SessionScenario.At(50),
            durationMinutes = 60,
            format = "ONLINE",
            onlineLink = "https://meet.example.org/matrix",
        }),
        ["rescheduleSession"] = ("session { id }", w => new { sessionId = w.SessionId, startsAt = SessionScenario.At(51) }),
        ["cancelSession"] = ("session { id }", w => new { sessionId = w.SessionId, reason = "A clash at work." }),
        ["recordSessionAttendance"] = ("session { id }", w => new { sessionId = w.SessionId, absentMentorIds = Array.Empty<string>() }),
        ["writeSessionNote"] = ("note { updatedAt }", w => new { sessionId = w.SessionId, text = "Talked about pricing a tender." }),
        ["rateSession"] = ("rating { rating }", w => new { sessionId = w.SessionId, rating = 4, whatHelped = "Walking through a real tender." }),

        // Cat teaches Ada project management in the pairing (see proposePairingAgreement).
        ["rateConfidence"] = ("ratings { confidence }", w => new
        {
            pairingId = w.PairingId,
            stage = "START",
            ratings = new[] { new { skillId = TestData.SkillId("project-management"), confidence = 2 } },
        }),
        ["completePairingSurvey"] = ("survey { satisfaction }", w => new
        {
            pairingId = w.PairingId,
            satisfaction = 5,
            likelihoodToRecommend = 9,
            wouldDoAgain = true,
            comment = "Worth every hour.",
        }),

        // The programme is running and ends in 10 days; its objective targets the digital employer's gap, and Ada is enrolled from it.
        ["recordProgrammeOutcomes"] = ("outcomes { checkpoint }", w => new
        {
            programmeId = w.ProgrammeId,
            employerId = TestData.Id("Employer", w.Scenario.Digital.Id),
            checkpoint = "END",
            retention = new[] { new { mentorId = ProgrammeScenario.MentorId(w.Scenario.Ada), stillEmployed = true } },
            gaps = new[] { new { skillsGapId = TestData.Id("SkillsGap", w.Scenario.DigitalGap.Id), status = "FILLED", programmeHelped = true } },
        }),
    };

    public static TheoryData<string, string> Outsiders
    {
        get
        {
            var rows = new TheoryData<string, string>();
            Add(rows, "createProgramme", Anonymous, Partner, Organiser, EmployersAdmin, TheMentor);
            foreach (var mutation in ProgrammeChanges)
            {
                // A draft is not found at all by coordinators who do not run it (see below).
                Add(rows, mutation, [.. NotCoordinators.Where(c => mutation != "openProgramme" || c != OtherCoordinator)]);
            }

            // The construction employer's sector is not the programme's, so joinProgramme is tried by its admin in a programme that takes every sector.
            Add(rows, "joinProgramme", Anonymous, Partner, Organiser, OtherCoordinator, EmployersAdmin, TheMentor);
            Add(rows, "nominateForProgramme", Anonymous, Partner, Organiser, ProgrammeCoordinator, OtherEmployersAdmin, TheMentor);
            Add(rows, "enrolInProgramme", Anonymous, Partner, Organiser, ProgrammeCoordinator, Administrator, EmployersAdmin, Colleague);
            Add(rows, "withdrawFromProgramme", Anonymous, Partner, Organiser, OtherCoordinator, OtherEmployersAdmin, Colleague);
            Add(rows, "acceptCodeOfConduct", Anonymous, Partner, Organiser, ProgrammeCoordinator, Administrator, EmployersAdmin, Colleague);
            Add(rows, "recordTrainingCompletion", Anonymous, Partner, Organiser, EmployersAdmin, Colleague);
            Add(rows, "reportConcern", Anonymous, Partner, Organiser, ProgrammeCoordinator, Administrator, EmployersAdmin, Colleague);
            Add(rows, "triageConcern", Anonymous, Partner, Organiser, OtherCoordinator, EmployersAdmin, TheMentor);

            // The mentor's partner in the pairing is Cat, of the other employer; Ben, the colleague, is in no pairing.
            foreach (var mutation in new[] { "proposePairingAgreement", "confirmPairingAgreement" })
            {
                Add(rows, mutation, Anonymous, Partner, Organiser, ProgrammeCoordinator, Administrator, EmployersAdmin, Colleague);
            }

            Add(rows, "recordCheckIn", Anonymous, Partner, Organiser, OtherCoordinator, EmployersAdmin, TheMentor);

            // Only the pairing's two mentors act on its sessions; a mentor who cannot see the pairing does not find it (SessionTests).
            foreach (var mutation in SessionMutations.Concat(FeedbackMutations))
            {
                Add(rows, mutation, Anonymous, Partner, Organiser, ProgrammeCoordinator, Administrator, EmployersAdmin);
            }

            // Only the employer's own admins (and administrators) confirm its outcomes: not the programme's coordinators, nor its mentors.
            Add(rows, "recordProgrammeOutcomes", Anonymous, Partner, Organiser, ProgrammeCoordinator, OtherCoordinator, OtherEmployersAdmin, NewEmployersAdmin, TheMentor, Colleague);
            return rows;
        }
    }

    public static TheoryData<string, string> Owners
    {
        get
        {
            var rows = new TheoryData<string, string>();
            Add(rows, "createProgramme", ProgrammeCoordinator, Administrator);
            foreach (var mutation in ProgrammeChanges)
            {
                Add(rows, mutation, ProgrammeCoordinator, Administrator);
            }

            Add(rows, "joinProgramme", NewEmployersAdmin, ProgrammeCoordinator, Administrator);
            Add(rows, "nominateForProgramme", EmployersAdmin, Administrator);
            Add(rows, "enrolInProgramme", TheMentor);
            Add(rows, "withdrawFromProgramme", TheMentor, EmployersAdmin, ProgrammeCoordinator, Administrator);
            Add(rows, "acceptCodeOfConduct", TheMentor);
            Add(rows, "recordTrainingCompletion", TheMentor, ProgrammeCoordinator, OtherCoordinator, Administrator);
            Add(rows, "reportConcern", TheMentor);
            Add(rows, "triageConcern", ProgrammeCoordinator, Administrator);
            Add(rows, "recordCheckIn", ProgrammeCoordinator, Administrator);
            Add(rows, "proposePairingAgreement", TheMentor);
            Add(rows, "confirmPairingAgreement", TheMentor);
            foreach (var mutation in SessionMutations.Concat(FeedbackMutations))
            {
                Add(rows, mutation, TheMentor);
            }

            Add(rows, "recordProgrammeOutcomes", EmployersAdmin, Administrator);
            return rows;
        }
    }

    [Theory]
    [MemberData(nameof(Outsiders))]
    public async Task An_outsider_is_refused_and_nothing_is_written(string mutation, string caller)
    {
        var world = await WorldAsync(mutation);
        var before = await SnapshotAsync(world);

        var payload = await SendAsync(mutation, caller, world);

        Assert.Null(payload[ResultField(mutation)]);
        var error = Assert.Single(payload["errors"]!.AsArray())!;
        Assert.Equal("NotAuthorizedError", error["__typename"]!.GetValue<string>());
        Assert.Equal(before, await SnapshotAsync(world));
    }

    [Theory]
    [MemberData(nameof(Owners))]
    public async Task An_owner_succeeds_and_something_is_written(string mutation, string caller)
    {
        var world = await WorldAsync(mutation);
        var before = await SnapshotAsync(world);

        var payload = await SendAsync(mutation, caller, world);

        Assert.True(payload["errors"] is null, payload["errors"]?.ToJsonString());
        Assert.NotNull(payload[ResultField(mutation)]);
        Assert.NotEqual(before, await SnapshotAsync(world));
    }

    [Fact]
    public async Task A_draft_is_not_found_by_coordinators_who_do_not_run_it()
    {
        var world = await WorldAsync("openProgramme");
        var before = await SnapshotAsync(world);

        var payload = await SendAsync("openProgramme", OtherCoordinator, world);

        Assert.Equal(["ProgrammeNotFoundError"], ProgrammeApi.ErrorTypes(payload));
        Assert.Equal(before, await SnapshotAsync(world));
    }

    private static void Add(TheoryData<string, string> rows, string mutation, params string[] callers)
    {
        foreach (var caller in callers)
        {
            rows.Add(mutation, caller);
        }
    }

    private static string ResultField(string mutation) => Mutations[mutation].Selection.Split(' ')[0];

    private static Caller CallerFor(string caller, World world) => caller switch
    {
        Anonymous => TestCallers.Anonymous,
        Partner => TestCallers.Partner,
        Organiser => TestCallers.Organiser,
        ProgrammeCoordinator => TestCallers.Coordinator,
        OtherCoordinator => new Caller("other-programmes-coordinator", [Role.Coordinator]),
        Administrator => TestCallers.Admin,
        EmployersAdmin => TestCallers.EmployerAdmin(world.Scenario.Digital.Id),
        OtherEmployersAdmin => TestCallers.EmployerAdmin(world.Scenario.Engineering.Id),
        NewEmployersAdmin => TestCallers.EmployerAdmin(world.Scenario.Construction.Id),
        TheMentor => TestCallers.Mentor(world.Scenario.Ada.Id),
        Colleague => TestCallers.Mentor(world.Scenario.Ben.Id),
        _ => throw new ArgumentOutOfRangeException(nameof(caller), caller, null),
    };

    private Task<JsonNode> SendAsync(string mutation, string caller, World world) =>
        new ProgrammeApi(app).SendAsync(CallerFor(caller, world), mutation, Mutations[mutation].Input(world), Mutations[mutation].Selection);

    /// <summary>
    /// A programme in the state the mutation starts from: recruiting, with an objective besides the one named
    /// (so one may be removed), open to every sector (so the construction employer may join); a draft for
    /// openProgramme, running for completeProgramme; the mentor enrolled where they must be, and version 2 of the
    /// code of conduct published for acceptCodeOfConduct; the mentor in an active pairing with Cat for the agreement
    /// mutations, with version 1 of its agreement proposed by Cat for confirmPairingAgreement, and for the session and feedback
    /// mutations, with a session (past, and HELD by both for rateSession); for recordProgrammeOutcomes, an objective targeting the
    /// digital employer's gap, Ada enrolled, and the programme running and ending in 10 days, so that its END checkpoint is open.
    /// </summary>
    private async Task<World> WorldAsync(string mutation)
    {
        var scenario = await ProgrammeScenario.CreateAsync(app);
        var api = new ProgrammeApi(app);
        var key = GlobalId.Parse(scenario.ProgrammeId, "Programme");
        var objective = (await api.OkAsync(TestCallers.Coordinator, "addProgrammeObjective", new { programmeId = scenario.ProgrammeId, statement = "Twenty pairs.", measure = "PAIRS_FORMED", target = 20 }, "objective { id }"))["objective"]!["id"]!.GetValue<string>();
        await using (var db = app.CreateDbContext())
        {
            var status = mutation switch
            {
                "openProgramme" => ProgrammeStatus.Draft,
                "completeProgramme" => ProgrammeStatus.Running,
                _ => ProgrammeStatus.Recruiting,
            };
            await db.Programmes.Where(p => p.Id == key).ExecuteUpdateAsync(p => p
                .SetProperty(x => x.Status, status)
                .SetProperty(x => x.Sectors, new List<Sector> { Sector.IctDigital, Sector.EngineeringManufacturing, Sector.Construction }));
        }

        if (mutation is "withdrawFromProgramme" or "acceptCodeOfConduct")
        {
            await scenario.EnrolAsync(api, scenario.Ada);
        }

        string? concern = null;
        if (mutation is "reportConcern" or "triageConcern")
        {
            await scenario.EnrolAsync(api, scenario.Ada, scenario.Cat);
        }

        string? pairing = null;
        string? session = null;
        if (SessionMutations.Contains(mutation) || FeedbackMutations.Contains(mutation) || mutation is "proposePairingAgreement" or "confirmPairingAgreement" or "recordCheckIn")
        {
            pairing = await ActivePairingAsync(api, scenario);
        }

        if (SessionMutations.Contains(mutation) || mutation == "rateSession")
        {
            // The programme starts in 30 days: its sessions fall after that.
            if (mutation != "scheduleSession")
            {
                session = (await api.OkAsync(
                    ProgrammeScenario.Caller(scenario.Cat),
                    "scheduleSession",
                    new { pairingId = pairing, startsAt = SessionScenario.At(40), durationMinutes = 60, format = "ONLINE", onlineLink = "https://meet.example.org/matrix" },
                    "session { id }"))["session"]!["id"]!.GetValue<string>();
            }

            if (mutation is "recordSessionAttendance" or "rateSession")
            {
                await SessionScenario.MoveToPastAsync(app, session!);
            }

            if (mutation == "rateSession")
            {
                foreach (var mentor in new[] { scenario.Ada, scenario.Cat })
                {
                    await api.OkAsync(ProgrammeScenario.Caller(mentor), "recordSessionAttendance", new { sessionId = session, absentMentorIds = Array.Empty<string>() }, "session { status }");
                }
            }
        }

        if (mutation == "triageConcern")
        {
            var reported = await api.OkAsync(ProgrammeScenario.Caller(scenario.Ada), "reportConcern", Mutations["reportConcern"].Input(new World("", scenario, scenario.ProgrammeId, objective, null, null, null)), "concern { id }");
            concern = reported["concern"]!["id"]!.GetValue<string>();
        }

        if (mutation == "confirmPairingAgreement")
        {
            var proposal = Mutations["proposePairingAgreement"].Input(new World("", scenario, scenario.ProgrammeId, objective, null, pairing, null));
            var byPartner = System.Text.Json.Nodes.JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(proposal))!;
            byPartner["mentorId"] = ProgrammeScenario.MentorId(scenario.Cat);
            await api.OkAsync(ProgrammeScenario.Caller(scenario.Cat), "proposePairingAgreement", byPartner, "agreement { version }");
        }

        if (mutation == "recordProgrammeOutcomes")
        {
            await api.OkAsync(TestCallers.Coordinator, "addProgrammeObjective", new
            {
                programmeId = scenario.ProgrammeId,
                statement = "Fill the digital employer's gap.",
                measure = "GAPS_ADDRESSED",
                target = 1,
                skillsGapIds = new[] { TestData.Id("SkillsGap", scenario.DigitalGap.Id) },
            }, "objective { id }");
            await scenario.EnrolAsync(api, scenario.Ada);
            var today = DateOnly.FromDateTime(DateTime.UtcNow);
            await using var db = app.CreateDbContext();
            await db.Programmes.Where(p => p.Id == key).ExecuteUpdateAsync(p => p
                .SetProperty(x => x.Status, ProgrammeStatus.Running)
                .SetProperty(x => x.StartsOn, today.AddDays(-150))
                .SetProperty(x => x.EnrolmentClosesOn, today.AddDays(-120))
                .SetProperty(x => x.EndsOn, today.AddDays(10))
                .SetProperty(x => x.StartedAt, DateTimeOffset.UtcNow.AddDays(-150)));
        }

        if (mutation == "acceptCodeOfConduct")
        {
            await api.OkAsync(TestCallers.Coordinator, "publishCodeOfConduct", new { programmeId = scenario.ProgrammeId, text = "Version two." }, "programme { id }");
        }

        return new World(scenario.ProgrammeId[..6] + Guid.NewGuid().ToString("N")[..6], scenario, scenario.ProgrammeId, objective, concern, pairing, session);
    }

    /// <summary>Ada and Cat enrolled, and in an active pairing made within the programme; its ID.</summary>
    private static async Task<string> ActivePairingAsync(ProgrammeApi api, ProgrammeScenario scenario)
    {
        await scenario.EnrolAsync(api, scenario.Ada, scenario.Cat);
        return await scenario.ActivePairingAsync(api, scenario.Ada, scenario.Cat);
    }

    /// <summary>Row counts of the programme, training, concern, agreement, session, feedback and outcome tables and pairings, closed gaps, confirmations of agreements, and the world's programme, objectives and enrolments as text.</summary>
    private async Task<string> SnapshotAsync(World world)
    {
        await using var db = app.CreateDbContext();
        var key = GlobalId.Parse(world.ProgrammeId, "Programme");
        var counts = string.Join(", ",
            await db.Programmes.CountAsync(), await db.ProgrammeObjectives.CountAsync(), await db.ProgrammeEmployers.CountAsync(), await db.ProgrammeEnrolments.CountAsync(),
            await db.ProgrammeConductVersions.CountAsync(), await db.ProgrammePairings.CountAsync(), await db.TrainingCompletions.CountAsync(), await db.Pairings.CountAsync(),
            await db.ConcernReports.CountAsync(), await db.ConcernActions.CountAsync(), await db.ConcernReports.CountAsync(c => c.Status != ConcernStatus.Open),
            await db.PairingAgreements.CountAsync(), await db.AgreementGoals.CountAsync(),
            await db.PairingAgreements.CountAsync(a => a.MentorAConfirmedAt != null), await db.PairingAgreements.CountAsync(a => a.MentorBConfirmedAt != null),
            await db.PairingSessions.CountAsync(), await db.SessionNotes.CountAsync(), await db.CheckIns.CountAsync(),
            await db.SessionRatings.CountAsync(), await db.ConfidenceRatings.CountAsync(), await db.PairingSurveys.CountAsync(),
            await db.RetentionChecks.CountAsync(), await db.GapOutcomes.CountAsync(), await db.SkillsGaps.CountAsync(g => g.Status != SkillsGapStatus.Open),
            string.Join(",", await db.PairingSessions.OrderBy(x => x.Id).Select(x => $"{x.Status}@{x.StartsAt:O}:{x.AbsentReportedByA != null}").ToListAsync()));
        var programme = await db.Programmes.AsNoTracking().SingleAsync(p => p.Id == key);
        var objectives = await db.ProgrammeObjectives.AsNoTracking().Where(o => o.ProgrammeId == key).OrderBy(o => o.Id).Select(o => $"{o.Id} {o.Statement} {o.Measure} {o.Target}").ToListAsync();
        var enrolments = await db.ProgrammeEnrolments.AsNoTracking().Where(e => e.ProgrammeId == key).OrderBy(e => e.Id).Select(e => $"{e.MentorId} {e.Status} {e.ConductVersion}").ToListAsync();
        return string.Join(" | ",
            counts,
            programme.Name, programme.Status, programme.MaxPairs, programme.ConductVersion, string.Join(",", programme.CoordinatorSubjects),
            programme.UpdatedAt.ToString("O", CultureInfo.InvariantCulture),
            string.Join("; ", objectives), string.Join("; ", enrolments));
    }

    public sealed record World(string Tag, ProgrammeScenario Scenario, string ProgrammeId, string ObjectiveId, string? ConcernId, string? PairingId, string? SessionId);
}
