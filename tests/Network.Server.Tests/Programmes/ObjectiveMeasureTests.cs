using System.Text.Json.Nodes;
using Network.Server.Mentors;
using Network.Server.Tests.Infrastructure;
using Network.Server.Tests.Sessions;

namespace Network.Server.Tests.Programmes;

/// <summary>
/// The objectives measured by other features, read through <c>Programme.objectives { progress }</c>: SESSIONS_HELD from the
/// sessions of the programme's pairings, LEARNERS_MORE_CONFIDENT_PERCENT from its learners' confidence check-ins.
/// </summary>
public sealed class ObjectiveMeasureTests(NetworkApp app) : IClassFixture<NetworkApp>
{
    private readonly ProgrammeApi _api = new(app);

    [Fact]
    public async Task Sessions_held_counts_the_sessions_of_the_programmes_pairings_that_both_mentors_reported_held()
    {
        var s = await SessionScenario.CreateAsync(app);
        var objective = await ObjectiveAsync(s.Programme, "SESSIONS_HELD", 6);

        var before = await ProgressAsync(s.Programme, objective);
        await HeldSessionAsync(s, 40);
        await HeldSessionAsync(s, 42);
        var past = await ScheduleAsync(s, 44);
        await SessionScenario.MoveToPastAsync(app, past);
        await _api.OkAsync(ProgrammeScenario.Caller(s.Programme.Ada), "recordSessionAttendance", new { sessionId = past, absentMentorIds = Array.Empty<string>() }, "session { status }");
        await ScheduleAsync(s, 46);
        var after = await ProgressAsync(s.Programme, objective);

        Assert.Equal((0.0, null), (before["current"]!.GetValue<double>(), before["note"]?.GetValue<string>()));

        // Two held; one reported by Ada alone and one still to come are not.
        Assert.Equal(2.0, after["current"]!.GetValue<double>());
        Assert.Equal(33.3, after["percentOfTarget"]!.GetValue<double>());
        Assert.Null(after["note"]);
    }

    [Fact]
    public async Task Learners_more_confident_is_measured_only_from_five_learners_rated_at_the_start_and_later()
    {
        // Five learners take three pairings, so the scenario gains Gus and Hal; every rating goes through rateConfidence.
        var s = await SessionScenario.CreateAsync(app);
        var p = s.Programme;
        var data = new TestData(app);
        var gus = await data.MentorAsync(p.Digital, $"{p.ProgrammeId[..6]} Gus", CareerStage.Early, ["data-analytics"], ["project-management"]);
        var hal = await data.MentorAsync(p.Engineering, $"{p.ProgrammeId[..6]} Hal", CareerStage.Senior, ["project-management"], ["data-analytics"]);
        await p.EnrolAsync(_api, gus, hal);
        var benDev = await p.ActivePairingAsync(_api, p.Ben, p.Dev);
        var gusHal = await p.ActivePairingAsync(_api, gus, hal);
        var objective = await ObjectiveAsync(p, "LEARNERS_MORE_CONFIDENT_PERCENT", 50);

        // Up, level, up, down: four learners rated at the start and later. Hal rates at the start only, so is not counted.
        await RateAsync(p.Ada, s.PairingId, "project-management", 2, 4);
        await RateAsync(p.Cat, s.PairingId, "data-analytics", 3, 3);
        await RateAsync(p.Ben, benDev, "budget-planning", 1, 2);
        await RateAsync(p.Dev, benDev, "cybersecurity", 4, 3);
        await RateAsync(hal, gusHal, "data-analytics", 2, null);
        var four = await ProgressAsync(p, objective);
        await RateAsync(gus, gusHal, "project-management", 2, 5);
        var five = await ProgressAsync(p, objective);

        Assert.Null(four["current"]);
        Assert.Null(four["percentOfTarget"]);
        Assert.Contains("at least 5 learners", four["note"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(60.0, five["current"]!.GetValue<double>());
        Assert.Equal(120.0, five["percentOfTarget"]!.GetValue<double>());
        Assert.Null(five["note"]);
    }

    private async Task<string> ObjectiveAsync(ProgrammeScenario s, string measure, double target) =>
        (await _api.OkAsync(TestCallers.Coordinator, "addProgrammeObjective", new { programmeId = s.ProgrammeId, statement = $"Reach {target} on {measure}.", measure, target }, "objective { id }"))
            ["objective"]!["id"]!.GetValue<string>();

    private async Task<JsonNode> ProgressAsync(ProgrammeScenario s, string objectiveId)
    {
        var data = await app.CreateGraphQLClient(TestCallers.Coordinator).QueryAsync(
            "query($id: ID!) { node(id: $id) { ... on Programme { objectives { id progress { current percentOfTarget note } } } } }", new { id = s.ProgrammeId });
        return data["node"]!["objectives"]!.AsArray().Single(o => o!["id"]!.GetValue<string>() == objectiveId)!["progress"]!;
    }

    private async Task<string> ScheduleAsync(SessionScenario s, int days) =>
        (await _api.OkAsync(ProgrammeScenario.Caller(s.Programme.Ada), "scheduleSession", s.Online(SessionScenario.At(days)), "session { id }"))["session"]!["id"]!.GetValue<string>();

    private async Task HeldSessionAsync(SessionScenario s, int days)
    {
        var id = await ScheduleAsync(s, days);
        await SessionScenario.MoveToPastAsync(app, id);
        foreach (var mentor in new[] { s.Programme.Ada, s.Programme.Cat })
        {
            await _api.OkAsync(ProgrammeScenario.Caller(mentor), "recordSessionAttendance", new { sessionId = id, absentMentorIds = Array.Empty<string>() }, "session { status }");
        }
    }

    /// <summary>The learner rates their confidence in the skill at the START, and at the END unless <paramref name="end"/> is null.</summary>
    private async Task RateAsync(Mentor learner, string pairingId, string skill, int start, int? end)
    {
        var caller = TestCallers.Mentor(learner.Id);
        foreach (var (stage, confidence) in end is { } later ? new[] { ("START", start), ("END", later) } : [("START", start)])
        {
            await _api.OkAsync(caller, "rateConfidence", new { pairingId, stage, ratings = new[] { new { skillId = TestData.SkillId(skill), confidence } } }, "ratings { confidence }");
        }
    }
}
