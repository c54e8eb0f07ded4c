using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Network.Server.GraphQL.Relay;
using Network.Server.Identity;
using Network.Server.Mentors;
using Network.Server.Pairings;
using Network.Server.Programmes;
using Network.Server.Tests.Infrastructure;

namespace Network.Server.Tests.Programmes;

public sealed class ProgrammePairingTests(NetworkApp app) : IClassFixture<NetworkApp>
{
    private const string PlanSelection = "plan { poolSize totalScore pairs { mentor { id } partner { id } score reasons } }";

    private readonly ProgrammeApi _api = new(app);

    [Fact]
    public async Task A_programme_s_pool_is_its_ready_mentors_and_its_objectives_raise_their_scores()
    {
        var s = await ScenarioWithObjectiveAsync();
        await s.EnrolAsync(_api, s.Ada, s.Ben, s.Cat, s.Dev);

        var within = await PlanAsync(new { pool = new { programmeId = s.ProgrammeId } });
        var outside = await PlanAsync(new { pool = new { mentorIds = new[] { s.Ada, s.Ben, s.Cat, s.Dev }.Select(ProgrammeScenario.MentorId) } });

        Assert.Equal(4, within["poolSize"]!.GetValue<int>());
        var adaAndCat = Pair(within, s.Ada, s.Cat);
        Assert.Contains(adaAndCat["reasons"]!.AsArray(), r => r!.GetValue<string>().Contains("addresses a skills gap the programme's objectives name", StringComparison.Ordinal));
        Assert.True(adaAndCat["score"]!.GetValue<double>() > Pair(outside, s.Ada, s.Cat)["score"]!.GetValue<double>());
        Assert.True(within["totalScore"]!.GetValue<double>() > outside["totalScore"]!.GetValue<double>());
    }

    [Fact]
    public async Task Mentors_not_enrolled_untrained_or_without_the_current_conduct_are_left_out_of_the_pool()
    {
        var s = await ScenarioWithObjectiveAsync(training: [TestData.Id("TrainingModule", 2)]);
        await s.EnrolAsync(_api, s.Ada, s.Ben, s.Cat);
        foreach (var mentor in new[] { s.Ada, s.Cat })
        {
            await _api.OkAsync(TestCallers.Coordinator, "recordTrainingCompletion", new { mentorId = ProgrammeScenario.MentorId(mentor), trainingModuleId = TestData.Id("TrainingModule", 2) }, "completion { completedAt }");
        }

        var plan = await PlanAsync(new { pool = new { programmeId = s.ProgrammeId } });

        Assert.Equal(2, plan["poolSize"]!.GetValue<int>());
    }

    [Fact]
    public async Task Confirming_within_a_programme_refuses_mentors_who_are_not_ready_and_says_why()
    {
        var s = await ScenarioWithObjectiveAsync(training: [TestData.Id("TrainingModule", 3)]);
        await s.EnrolAsync(_api, s.Ada, s.Cat);

        var payload = await ConfirmAsync(s, (s.Ada, s.Cat), (s.Ben, s.Dev));

        Assert.Null(payload["pairings"]);
        var errors = payload["errors"]!.AsArray();
        Assert.Equal(4, errors.Count(e => e!["__typename"]!.GetValue<string>() == "EnrolmentNotFoundError") + errors.Count(e => e!["__typename"]!.GetValue<string>() == "TrainingIncompleteError"));
        var training = errors.Where(e => e!["__typename"]!.GetValue<string>() == "TrainingIncompleteError").ToList();
        Assert.Equal(2, training.Count);
        Assert.All(training, e => Assert.Equal([TestData.Id("TrainingModule", 3)], e!["missingTrainingModuleIds"]!.AsArray().Select(t => t!.GetValue<string>())));
        Assert.Contains("Giving and receiving constructive feedback", training[0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        await using var db = app.CreateDbContext();
        Assert.False(await db.Pairings.AnyAsync(p => p.MentorAId == s.Ada.Id || p.MentorBId == s.Ada.Id));
    }

    [Fact]
    public async Task Confirmed_pairs_belong_to_the_programme_and_count_towards_its_objectives_once_formed()
    {
        var s = await ScenarioWithObjectiveAsync();
        await s.EnrolAsync(_api, s.Ada, s.Ben, s.Cat, s.Dev);

        var confirmed = await ConfirmAsync(s, (s.Ada, s.Cat), (s.Ben, s.Dev));
        var proposed = await ProgrammeAsync(s);
        foreach (var pairing in confirmed["pairings"]!.AsArray())
        {
            await _api.OkAsync(TestCallers.Admin, "acceptPairing", new { pairingId = pairing!["id"]!.GetValue<string>() }, "pairing { status }");
        }

        var formed = await ProgrammeAsync(s);

        Assert.Null(confirmed["errors"]);
        Assert.All(confirmed["pairings"]!.AsArray(), p => Assert.Equal(s.ProgrammeId, p!["programme"]!["id"]!.GetValue<string>()));
        Assert.Equal((0, 2), (proposed["pairCount"]!.GetValue<int>(), proposed["pairings"]!.AsArray().Count));
        Assert.Equal(0, Progress(proposed, "GAPS_ADDRESSED"));
        Assert.Equal(2, formed["pairCount"]!.GetValue<int>());
        Assert.Equal(2, Progress(formed, "PAIRS_FORMED"));
        Assert.Equal(2, Progress(formed, "GAPS_ADDRESSED"));
        Assert.Equal(4, Progress(formed, "MENTORS_TRAINED"));
        var sessions = formed["objectives"]!.AsArray().Single(o => o!["measure"]!.GetValue<string>() == "SESSIONS_HELD")!["progress"]!;
        Assert.Equal(0, sessions["current"]!.GetValue<double>());
        Assert.Null(sessions["note"]);
    }

    [Fact]
    public async Task A_programme_takes_no_more_pairs_than_it_has_room_for()
    {
        var s = await ScenarioWithObjectiveAsync(maxPairs: 2);
        await s.EnrolAsync(_api, s.Ada, s.Cat, s.Ben, s.Dev);
        await ConfirmAsync(s, (s.Ada, s.Cat));
        await using (var db = app.CreateDbContext())
        {
            var key = GlobalId.Parse(s.ProgrammeId, "Programme");
            await db.Programmes.Where(p => p.Id == key).ExecuteUpdateAsync(p => p.SetProperty(x => x.MaxPairs, 1));
        }

        var full = await ConfirmAsync(s, (s.Ben, s.Dev));

        Assert.Equal(["ProgrammeFullError"], ProgrammeApi.ErrorTypes(full));
    }

    [Fact]
    public async Task Withdrawing_from_a_programme_ends_its_pairings_there_only()
    {
        var s = await ScenarioWithObjectiveAsync();
        await s.EnrolAsync(_api, s.Ada, s.Cat);
        var programmePairing = (await ConfirmAsync(s, (s.Ada, s.Cat)))["pairings"]![0]!["id"]!.GetValue<string>();
        var outsidePairing = (await _api.OkAsync(TestCallers.Coordinator, "confirmPairingPlan", new { pairs = new[] { new { mentorId = ProgrammeScenario.MentorId(s.Ada), partnerId = ProgrammeScenario.MentorId(s.Eve) } } }, "pairings { id }"))["pairings"]![0]!["id"]!.GetValue<string>();

        var withdrawn = await _api.OkAsync(ProgrammeScenario.Caller(s.Ada), "withdrawFromProgramme", new { programmeId = s.ProgrammeId, mentorId = ProgrammeScenario.MentorId(s.Ada), reason = "Moving job" }, "enrolment { status withdrawalReason }");

        Assert.Equal(("WITHDRAWN", "Moving job"), (withdrawn["enrolment"]!["status"]!.GetValue<string>(), withdrawn["enrolment"]!["withdrawalReason"]!.GetValue<string>()));
        await using var db = app.CreateDbContext();
        var statuses = await db.Pairings.AsNoTracking().Where(p => p.MentorAId == s.Ada.Id || p.MentorBId == s.Ada.Id).ToDictionaryAsync(p => TestData.Id("Pairing", p.Id), p => p.Status);
        Assert.Equal(PairingStatus.Declined, statuses[programmePairing]);
        Assert.Equal(PairingStatus.Proposed, statuses[outsidePairing]);
    }

    [Fact]
    public async Task Cancelling_a_programme_closes_its_open_pairings()
    {
        var s = await ScenarioWithObjectiveAsync();
        await s.EnrolAsync(_api, s.Ada, s.Cat, s.Ben, s.Dev);
        var pairings = (await ConfirmAsync(s, (s.Ada, s.Cat), (s.Ben, s.Dev)))["pairings"]!.AsArray().Select(p => p!["id"]!.GetValue<string>()).ToList();
        await _api.OkAsync(TestCallers.Admin, "acceptPairing", new { pairingId = pairings[0] }, "pairing { status }");

        var cancelled = await _api.OkAsync(TestCallers.Coordinator, "cancelProgramme", new { programmeId = s.ProgrammeId, reason = "Funding withdrawn" }, "programme { status cancellationReason pairings { status endNote declineReason } }");

        Assert.Equal(("CANCELLED", "Funding withdrawn"), (cancelled["programme"]!["status"]!.GetValue<string>(), cancelled["programme"]!["cancellationReason"]!.GetValue<string>()));
        var statuses = cancelled["programme"]!["pairings"]!.AsArray().Select(p => p!["status"]!.GetValue<string>()).Order().ToList();
        Assert.Equal(["DECLINED", "ENDED"], statuses);
    }

    [Fact]
    public async Task Only_the_programme_s_coordinators_plan_within_it()
    {
        var s = await ScenarioWithObjectiveAsync();
        await s.EnrolAsync(_api, s.Ada, s.Cat);

        var payload = await _api.SendAsync(new Caller("another-coordinator", [Role.Coordinator]), "planPairings", new { pool = new { programmeId = s.ProgrammeId } }, "plan { poolSize }");

        Assert.Equal(["NotAuthorizedError"], ProgrammeApi.ErrorTypes(payload));
    }

    private static JsonNode Pair(JsonNode plan, Mentor a, Mentor b)
    {
        var ids = new[] { ProgrammeScenario.MentorId(a), ProgrammeScenario.MentorId(b) };
        return plan["pairs"]!.AsArray().Single(p => ids.Contains(p!["mentor"]!["id"]!.GetValue<string>()) && ids.Contains(p["partner"]!["id"]!.GetValue<string>()))!;
    }

    private static double Progress(JsonNode programme, string measure) =>
        programme["objectives"]!.AsArray().Single(o => o!["measure"]!.GetValue<string>() == measure)!["progress"]!["current"]!.GetValue<double>();

    /// <summary>The scenario with objectives naming both joined employers' gaps and the skills they need, and measures of every kind.</summary>
    private async Task<ProgrammeScenario> ScenarioWithObjectiveAsync(int maxPairs = 10, string[]? training = null)
    {
        var s = await ProgrammeScenario.CreateAsync(app, maxPairs, training);
        await _api.OkAsync(TestCallers.Coordinator, "addProgrammeObjective", new
        {
            programmeId = s.ProgrammeId,
            statement = "Close the data and project-management gaps of the programme's employers.",
            measure = "GAPS_ADDRESSED",
            target = 2,
            skillIds = new[] { TestData.SkillId("data-analytics"), TestData.SkillId("project-management") },
            skillsGapIds = new[] { TestData.Id("SkillsGap", s.DigitalGap.Id), TestData.Id("SkillsGap", s.EngineeringGap.Id) },
        }, "objective { id }");
        await _api.OkAsync(TestCallers.Coordinator, "addProgrammeObjective", new { programmeId = s.ProgrammeId, statement = "Train every mentor.", measure = "MENTORS_TRAINED", target = 4 }, "objective { id }");
        await _api.OkAsync(TestCallers.Coordinator, "addProgrammeObjective", new { programmeId = s.ProgrammeId, statement = "Meet regularly.", measure = "SESSIONS_HELD", target = 24 }, "objective { id }");
        return s;
    }

    private async Task<JsonNode> PlanAsync(object input)
    {
        var payload = await _api.OkAsync(TestCallers.Coordinator, "planPairings", input, PlanSelection);
        return payload["plan"]!;
    }

    private Task<JsonNode> ConfirmAsync(ProgrammeScenario s, params (Mentor A, Mentor B)[] pairs) =>
        _api.SendAsync(
            TestCallers.Coordinator,
            "confirmPairingPlan",
            new { programmeId = s.ProgrammeId, pairs = pairs.Select(p => new { mentorId = ProgrammeScenario.MentorId(p.A), partnerId = ProgrammeScenario.MentorId(p.B) }) },
            "pairings { id status programme { id } } errors { __typename ... on TrainingIncompleteError { missingTrainingModuleIds } }");

    private async Task<JsonNode> ProgrammeAsync(ProgrammeScenario s) =>
        (await app.CreateGraphQLClient(TestCallers.Coordinator).QueryAsync(
            "query($id: ID!) { node(id: $id) { ... on Programme { pairCount enrolledCount pairings { id status } objectives { measure progress { current target percentOfTarget note } } } } }",
            new { id = s.ProgrammeId }))["node"]!;
}
