using System.Globalization;
using System.Text.Json.Nodes;
using Network.Server.Tests.Infrastructure;

namespace Network.Server.Tests.Seeding;

/// <summary>The running demo programme late in its life: its pairs' agreements, the pairs that completed, and the feedback its mentors gave.</summary>
public sealed partial class DemoSeedTests
{
    [Fact]
    public async Task Every_pair_that_accepted_agreed_how_it_meets_and_goals_on_skills_its_partner_teaches()
    {
        var (running, _) = await ProgrammesAsync("""
            pairings {
              status
              participants { mentor { id } teaches { skill { id } } }
              agreement { version isAgreed everyWeeks goals { statement skill { id } owner { id } } confirmations { confidentialityAcknowledgedAt } }
              agreementHistory { version isAgreed }
            }
            """);

        var pairings = running["pairings"]!.AsArray().Select(p => p!).ToList();
        Assert.All(pairings.Where(p => Status(p) == "PROPOSED"), p => Assert.Null(p["agreement"]));
        var agreeing = pairings.Where(p => Status(p) is "ACCEPTED" or "ACTIVE" or "PAUSED" or "COMPLETED").ToList();
        Assert.NotEmpty(agreeing);
        Assert.All(agreeing, p =>
        {
            var agreement = p["agreement"]!;
            var version = agreement["version"]!.GetValue<int>();
            Assert.Equal(Enumerable.Range(1, version).Reverse(), p["agreementHistory"]!.AsArray().Select(a => a!["version"]!.GetValue<int>()));
            Assert.All(p["agreementHistory"]!.AsArray(), a => Assert.True(a!["isAgreed"]!.GetValue<bool>()));
            Assert.All(agreement["confirmations"]!.AsArray(), c => Assert.NotNull(c!["confidentialityAcknowledgedAt"]));
            Assert.InRange(agreement["everyWeeks"]!.GetValue<int>(), 1, 12);

            var sides = p["participants"]!.AsArray().Select(s => s!).ToList();
            var goals = agreement["goals"]!.AsArray().Select(g => g!).ToList();
            Assert.NotEmpty(goals);
            Assert.All(goals, goal =>
            {
                var owner = goal["owner"]!["id"]!.GetValue<string>();
                var partner = Assert.Single(sides, s => s["mentor"]!["id"]!.GetValue<string>() != owner);
                Assert.Contains(goal["skill"]!["id"]!.GetValue<string>(), partner["teaches"]!.AsArray().Select(t => t!["skill"]!["id"]!.GetValue<string>()));
                Assert.False(string.IsNullOrWhiteSpace(goal["statement"]!.GetValue<string>()));
            });
            Assert.All(goals.GroupBy(g => g["owner"]!["id"]!.GetValue<string>()), owned => Assert.InRange(owned.Count(), 1, 3));
        });
        Assert.Contains(agreeing, p => p["agreement"]!["version"]!.GetValue<int>() == 2);
    }

    [Fact]
    public async Task A_few_pairs_completed_after_the_programme_s_minimum_of_sessions_and_both_mentors_answered_the_survey()
    {
        var (running, _) = await ProgrammesAsync(
            "endsOn sessions { minimumSessions } pairings { status completedAt sessions { status startsAt } feedbackSummary { sessionRatingCount meanSessionRating surveyCount } }",
            DemoCoordinator);

        var minimum = running["sessions"]!["minimumSessions"]!.GetValue<int>();
        var pairings = running["pairings"]!.AsArray().Select(p => p!).ToList();
        var completed = pairings.Where(p => Status(p) == "COMPLETED").ToList();
        Assert.Equal(3, completed.Count);
        Assert.All(completed, p =>
        {
            var sessions = p["sessions"]!.AsArray().Select(s => s!).ToList();
            Assert.True(sessions.Count(s => Status(s) == "HELD") >= minimum, "a pair completes once it has held the programme's minimum of sessions");
            Assert.All(sessions, s => Assert.True(Status(s) is "HELD" or "MISSED" && At(s, "startsAt") < At(p, "completedAt"), "a completed pair has nothing still to come"));
            Assert.Equal(2, p["feedbackSummary"]!["surveyCount"]!.GetValue<int>());
        });
        Assert.All(pairings.Where(p => Status(p) != "COMPLETED"), p => Assert.Equal(0, p["feedbackSummary"]!["surveyCount"]!.GetValue<int>()));

        // Sessions are rated, mostly highly, and none falls after the programme's last day.
        var rated = pairings.Select(p => p["feedbackSummary"]!).Where(f => f["sessionRatingCount"]!.GetValue<int>() > 0).ToList();
        var count = rated.Sum(f => f["sessionRatingCount"]!.GetValue<int>());
        var mean = rated.Sum(f => f["sessionRatingCount"]!.GetValue<int>() * f["meanSessionRating"]!.GetValue<double>()) / count;
        Assert.True(count > 50, "most held sessions are rated by at least one side");
        Assert.InRange(mean, 3.8, 4.8);
        var endsOn = Date(running, "endsOn");
        Assert.All(pairings.SelectMany(p => p["sessions"]!.AsArray()), s => Assert.True(DateOnly.FromDateTime(At(s!, "startsAt").UtcDateTime) <= endsOn));
    }

    [Fact]
    public async Task Mentors_of_a_completed_pair_see_their_confidence_grow_and_their_own_survey()
    {
        var (running, _) = await ProgrammesAsync("pairings { id status participants { mentor { id } } }", DemoCoordinator);
        var completed = running["pairings"]!.AsArray().Select(p => p!).Where(p => Status(p) == "COMPLETED").ToList();

        var recommend = new List<int>();
        var started = 0;
        foreach (var pairing in completed)
        {
            foreach (var mentor in pairing["participants"]!.AsArray().Select(s => s!["mentor"]!["id"]!.GetValue<string>()))
            {
                var data = await app.CreateGraphQLClient(DemoMentor(mentor)).QueryAsync(
                    "query($id: ID!) { node(id: $id) { ... on Pairing { myConfidence { stage confidence skill { id } } mySurvey { satisfaction likelihoodToRecommend wouldDoAgain } } } }",
                    new { id = pairing["id"]!.GetValue<string>() });
                var confidence = data["node"]!["myConfidence"]!.AsArray().Select(r => r!).ToLookup(r => r["stage"]!.GetValue<string>());
                started += confidence["START"].Count();
                Assert.Equal(Skills(confidence["START"]), Skills(confidence["END"]));
                Assert.All(confidence["END"], end => Assert.True(
                    end["confidence"]!.GetValue<int>() >= confidence["START"].Single(s => s["skill"]!["id"]!.GetValue<string>() == end["skill"]!["id"]!.GetValue<string>())["confidence"]!.GetValue<int>()));
                var survey = data["node"]!["mySurvey"]!;
                Assert.InRange(survey["satisfaction"]!.GetValue<int>(), 1, 5);
                recommend.Add(survey["likelihoodToRecommend"]!.GetValue<int>());
            }
        }

        Assert.True(started > 0, "mentors rated their confidence in the skills they learn as they started");
        Assert.Contains(recommend, r => r >= 9);
        Assert.Contains(recommend, r => r <= 8);
    }

    private static string Status(JsonNode node) => node["status"]!.GetValue<string>();

    private static DateTimeOffset At(JsonNode node, string field) => DateTimeOffset.Parse(node[field]!.GetValue<string>(), CultureInfo.InvariantCulture);

    private static IEnumerable<string> Skills(IEnumerable<JsonNode> ratings) => ratings.Select(r => r["skill"]!["id"]!.GetValue<string>()).Order(StringComparer.Ordinal);

    [Fact]
    public async Task The_running_programme_s_evaluation_has_real_figures_and_a_first_retention_check()
    {
        var (running, _) = await ProgrammesAsync("id retentionChecks { checkpoint stillEmployed } gapOutcomes { status programmeHelped }", DemoCoordinator);
        const string Query = """
            query($id: ID!) {
              programmeEvaluation(programmeId: $id) {
                suppressed
                participation { enrolled { value } pairsFormed { value people } twoWayPercent { value } }
                sessions { held { value } missed { value } attendancePercent { value } meanRating { value people } }
                confidence { overall { learners { value } meanChange { value } } byDirection { direction learners { value suppressed } } }
                surveys { responses { value } netPromoterScore { value suppressed suppressedReason } }
                retention { checkpoint confirmed { value } retainedPercent { value } }
                gaps { targeted { value } addressed { value } closedAsFilled { value } filledWithProgrammeHelp { value } }
                objectives { progress { measure current } }
              }
            }
            """;
        var id = running["id"]!.GetValue<string>();

        var full = (await app.CreateGraphQLClient(DemoCoordinator).QueryAsync(Query, new { id }))["programmeEvaluation"]!;
        var partner = (await app.CreateGraphQLClient(TestCallers.Partner).QueryAsync(Query, new { id }))["programmeEvaluation"]!;

        Assert.NotEmpty(running["retentionChecks"]!.AsArray());
        Assert.All(running["retentionChecks"]!.AsArray(), r => Assert.Equal("END", r!["checkpoint"]!.GetValue<string>()));
        Assert.Contains(running["retentionChecks"]!.AsArray(), r => !r!["stillEmployed"]!.GetValue<bool>());
        Assert.False(full["suppressed"]!.GetValue<bool>());
        Assert.True(full["participation"]!["enrolled"]!["value"]!.GetValue<double>() >= 10);
        Assert.True(full["sessions"]!["held"]!["value"]!.GetValue<double>() > 50);
        Assert.True(full["sessions"]!["missed"]!["value"]!.GetValue<double>() > 0);
        Assert.InRange(full["sessions"]!["attendancePercent"]!["value"]!.GetValue<double>(), 70, 99);
        Assert.InRange(full["sessions"]!["meanRating"]!["value"]!.GetValue<double>(), 3, 5);
        Assert.True(full["confidence"]!["overall"]!["meanChange"]!["value"]!.GetValue<double>() > 0);
        Assert.NotNull(full["surveys"]!["netPromoterScore"]!["value"]);
        var end = full["retention"]!.AsArray().Single(r => r!["checkpoint"]!.GetValue<string>() == "END")!;
        Assert.True(end["confirmed"]!["value"]!.GetValue<double>() >= 5);
        Assert.InRange(end["retainedPercent"]!["value"]!.GetValue<double>(), 50, 99.9);
        Assert.True(full["gaps"]!["addressed"]!["value"]!.GetValue<double>() > 0);
        Assert.Contains(full["objectives"]!.AsArray(), o => o!["progress"]!["current"] is not null);

        Assert.True(partner["suppressed"]!.GetValue<bool>());
        Assert.Equal(full["sessions"]!["held"]!["value"]!.GetValue<double>(), partner["sessions"]!["held"]!["value"]!.GetValue<double>());
        var directions = full["confidence"]!["byDirection"]!.AsArray().Zip(partner["confidence"]!["byDirection"]!.AsArray()).ToList();
        Assert.All(
            directions.Where(d => d.First!["learners"]!["value"]?.GetValue<double>() is > 0 and < 5),
            d => Assert.True(d.Second!["learners"]!["suppressed"]!.GetValue<bool>()));
    }
}
