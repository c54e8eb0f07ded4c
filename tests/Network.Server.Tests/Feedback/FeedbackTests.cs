using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Network.Server.Feedback;
using Network.Server.GraphQL.Relay;
using Network.Server.Identity;
using Network.Server.Pairings;
using Network.Server.Tests.Infrastructure;
using Network.Server.Tests.Programmes;
using Network.Server.Tests.Sessions;

namespace Network.Server.Tests.Feedback;

/// <summary>
/// Feedback over HTTP against the real database: session ratings, confidence check-ins and the end-of-pairing
/// survey, each refusal typed with nothing written, and each mentor's scores and words read by them alone.
/// In the scenario's pairing Cat teaches Ada project management, and Ada teaches Cat data analytics.
/// </summary>
public sealed class FeedbackTests(NetworkApp app) : IClassFixture<NetworkApp>
{
    private const string PairingFeedback =
        "query($id: ID!) { node(id: $id) { ... on Pairing { myConfidence { stage skill { slug } confidence } mySurvey { satisfaction likelihoodToRecommend wouldDoAgain comment } feedbackSummary { sessionRatingCount meanSessionRating surveyCount } } } }";

    private readonly ProgrammeApi _api = new(app);

    [Fact]
    public async Task Each_mentor_rates_a_held_session_once_reads_only_their_own_and_others_see_the_aggregate()
    {
        var s = await SessionScenario.CreateAsync(app);
        var session = await HeldSessionAsync(s, 40);

        var first = await _api.OkAsync(Ada(s), "rateSession", new { sessionId = session, rating = 3, whatHelped = "  Seeing a real project plan.  " }, "rating { rating whatHelped }");
        var again = await _api.OkAsync(Ada(s), "rateSession", new { sessionId = session, rating = 5, whatHelped = "Walking through the risk log." }, "rating { rating whatHelped }");
        await _api.OkAsync(Cat(s), "rateSession", new { sessionId = session, rating = 2 }, "rating { rating }");

        Assert.Equal("Seeing a real project plan.", first["rating"]!["whatHelped"]!.GetValue<string>());
        Assert.Equal(5, again["rating"]!["rating"]!.GetValue<int>());
        const string Mine = "query($id: ID!) { node(id: $id) { ... on Session { myRating { rating whatHelped } } } }";
        var ada = await app.CreateGraphQLClient(Ada(s)).QueryAsync(Mine, new { id = session });
        var cat = await app.CreateGraphQLClient(Cat(s)).QueryAsync(Mine, new { id = session });
        var coordinator = await app.CreateGraphQLClient(TestCallers.Coordinator).QueryAsync(Mine, new { id = session });
        Assert.Equal(5, ada["node"]!["myRating"]!["rating"]!.GetValue<int>());
        Assert.Equal("Walking through the risk log.", ada["node"]!["myRating"]!["whatHelped"]!.GetValue<string>());
        Assert.Equal(2, cat["node"]!["myRating"]!["rating"]!.GetValue<int>());
        Assert.Null(cat["node"]!["myRating"]!["whatHelped"]);
        Assert.Null(coordinator["node"]!["myRating"]);

        var summary = (await app.CreateGraphQLClient(TestCallers.Coordinator).QueryAsync(PairingFeedback, new { id = s.PairingId }))["node"]!;
        Assert.Equal(2, summary["feedbackSummary"]!["sessionRatingCount"]!.GetValue<int>());
        Assert.Equal(3.5, summary["feedbackSummary"]!["meanSessionRating"]!.GetValue<double>());
        Assert.Null(summary["myConfidence"]);
        Assert.Null(summary["mySurvey"]);
        await using var db = app.CreateDbContext();
        Assert.Equal(2, await db.SessionRatings.CountAsync(r => r.SessionId == GlobalId.Parse(session, "Session")));
    }

    [Fact]
    public async Task Refused_session_ratings_say_why_and_write_nothing()
    {
        var s = await SessionScenario.CreateAsync(app);
        var held = await HeldSessionAsync(s, 40);
        var upcoming = (await _api.OkAsync(Ada(s), "scheduleSession", s.Online(SessionScenario.At(45)), "session { id }"))["session"]!["id"]!.GetValue<string>();
        var before = await CountsAsync();

        var notHeld = await _api.SendAsync(Ada(s), "rateSession", new { sessionId = upcoming, rating = 4 }, "rating { rating } errors { ... on SessionNotHeldError { status } }");
        var tooLow = await RateAsync(Ada(s), new { sessionId = held, rating = 0 });
        var tooHigh = await RateAsync(Ada(s), new { sessionId = held, rating = 6 });
        var tooLong = await RateAsync(Ada(s), new { sessionId = held, rating = 4, whatHelped = new string('x', 1001) });
        var stranger = await RateAsync(ProgrammeScenario.Caller(s.Programme.Ben), new { sessionId = held, rating = 4 });
        var employer = await RateAsync(TestCallers.EmployerAdmin(s.Programme.Digital.Id), new { sessionId = held, rating = 4 });
        var missing = await RateAsync(Ada(s), new { sessionId = TestData.Id("Session", int.MaxValue), rating = 4 });

        Assert.Equal(["SessionNotHeldError"], ProgrammeApi.ErrorTypes(notHeld));
        Assert.Equal("SCHEDULED", notHeld["errors"]![0]!["status"]!.GetValue<string>());
        Assert.Equal(["OutOfRangeError"], ProgrammeApi.ErrorTypes(tooLow));
        Assert.Equal(["OutOfRangeError"], ProgrammeApi.ErrorTypes(tooHigh));
        Assert.Equal(["ValueTooLongError"], ProgrammeApi.ErrorTypes(tooLong));
        Assert.Equal(["SessionNotFoundError"], ProgrammeApi.ErrorTypes(stranger));
        Assert.Equal(["NotAuthorizedError"], ProgrammeApi.ErrorTypes(employer));
        Assert.Equal(["SessionNotFoundError"], ProgrammeApi.ErrorTypes(missing));
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task A_mentor_checks_in_on_the_skills_they_learn_by_stage_and_rating_again_replaces()
    {
        var s = await SessionScenario.CreateAsync(app);
        var pm = TestData.SkillId("project-management");

        await ConfidenceOkAsync(s, Ada(s), "START", (pm, 2));
        await ConfidenceOkAsync(s, Ada(s), "START", (pm, 3));
        var midpoint = await ConfidenceOkAsync(s, Ada(s), "MIDPOINT", (pm, 4));
        await ConfidenceOkAsync(s, Cat(s), "START", (TestData.SkillId("data-analytics"), 1));

        Assert.Equal(4, midpoint["ratings"]![0]!["confidence"]!.GetValue<int>());
        var ada = (await app.CreateGraphQLClient(Ada(s)).QueryAsync(PairingFeedback, new { id = s.PairingId }))["node"]!["myConfidence"]!.AsArray();
        Assert.Equal(["START project-management 3", "MIDPOINT project-management 4"], ada.Select(r => $"{r!["stage"]} {r["skill"]!["slug"]} {r["confidence"]}"));
        var cat = (await app.CreateGraphQLClient(Cat(s)).QueryAsync(PairingFeedback, new { id = s.PairingId }))["node"]!["myConfidence"]!.AsArray();
        Assert.Equal(["START data-analytics 1"], cat.Select(r => $"{r!["stage"]} {r["skill"]!["slug"]} {r["confidence"]}"));
        await using var db = app.CreateDbContext();
        Assert.Equal(3, await db.ConfidenceRatings.CountAsync(r => r.PairingId == GlobalId.Parse(s.PairingId, "Pairing")));
    }

    [Fact]
    public async Task Refused_check_ins_say_why_and_write_nothing()
    {
        var s = await SessionScenario.CreateAsync(app);
        var pm = TestData.SkillId("project-management");
        var before = await CountsAsync();

        var taught = await _api.SendAsync(Ada(s), "rateConfidence", Confidence(s, "START", [(TestData.SkillId("data-analytics"), 3)]), "ratings { confidence } errors { ... on SkillNotLearnedError { field skillId } }");
        var twice = await ConfidenceAsync(s, Ada(s), "START", (pm, 3), (pm, 4));
        var outOfRange = await ConfidenceAsync(s, Ada(s), "START", (pm, 6));
        var none = await ConfidenceAsync(s, Ada(s), "START");
        var stranger = await ConfidenceAsync(s, ProgrammeScenario.Caller(s.Programme.Ben), "START", (pm, 3));
        await SetStatusAsync(s, PairingStatus.Paused);
        var paused = await _api.SendAsync(Ada(s), "rateConfidence", Confidence(s, "START", [(pm, 3)]), "ratings { confidence } errors { ... on FeedbackNotOpenError { status } }");

        Assert.Equal(["SkillNotLearnedError"], ProgrammeApi.ErrorTypes(taught));
        Assert.Equal("ratings[0].skillId", taught["errors"]![0]!["field"]!.GetValue<string>());
        Assert.Equal(TestData.SkillId("data-analytics"), taught["errors"]![0]!["skillId"]!.GetValue<string>());
        Assert.Equal(["DuplicateSkillError"], ProgrammeApi.ErrorTypes(twice));
        Assert.Equal(["OutOfRangeError"], ProgrammeApi.ErrorTypes(outOfRange));
        Assert.Equal(["OutOfRangeError"], ProgrammeApi.ErrorTypes(none));
        Assert.Equal(["PairingNotFoundError"], ProgrammeApi.ErrorTypes(stranger));
        Assert.Equal(["FeedbackNotOpenError"], ProgrammeApi.ErrorTypes(paused));
        Assert.Equal("PAUSED", paused["errors"]![0]!["status"]!.GetValue<string>());
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task Each_mentor_answers_the_survey_once_and_only_the_count_is_shown_to_others()
    {
        var s = await SessionScenario.CreateAsync(app);

        await SurveyOkAsync(Ada(s), new { pairingId = s.PairingId, satisfaction = 3, likelihoodToRecommend = 6, wouldDoAgain = false, comment = "Slow start." });
        var again = await SurveyOkAsync(Ada(s), new { pairingId = s.PairingId, satisfaction = 5, likelihoodToRecommend = 10, wouldDoAgain = true, comment = "Got much better." });
        await SetStatusAsync(s, PairingStatus.Completed);
        await SurveyOkAsync(Cat(s), new { pairingId = s.PairingId, satisfaction = 4, likelihoodToRecommend = 8, wouldDoAgain = true, comment = "Useful." });

        Assert.Equal(5, again["survey"]!["satisfaction"]!.GetValue<int>());
        var ada = (await app.CreateGraphQLClient(Ada(s)).QueryAsync(PairingFeedback, new { id = s.PairingId }))["node"]!;
        var cat = (await app.CreateGraphQLClient(Cat(s)).QueryAsync(PairingFeedback, new { id = s.PairingId }))["node"]!;
        var employer = (await app.CreateGraphQLClient(TestCallers.EmployerAdmin(s.Programme.Digital.Id)).QueryAsync(PairingFeedback, new { id = s.PairingId }))["node"]!;
        Assert.Equal("Got much better.", ada["mySurvey"]!["comment"]!.GetValue<string>());
        Assert.Equal(10, ada["mySurvey"]!["likelihoodToRecommend"]!.GetValue<int>());
        Assert.Equal("Useful.", cat["mySurvey"]!["comment"]!.GetValue<string>());
        Assert.Equal(4, cat["mySurvey"]!["satisfaction"]!.GetValue<int>());
        Assert.Null(employer["mySurvey"]);
        Assert.Equal(2, employer["feedbackSummary"]!["surveyCount"]!.GetValue<int>());
        Assert.Equal(0, employer["feedbackSummary"]!["sessionRatingCount"]!.GetValue<int>());
        Assert.Null(employer["feedbackSummary"]!["meanSessionRating"]);
    }

    [Fact]
    public async Task Refused_surveys_say_why_and_write_nothing()
    {
        var s = await SessionScenario.CreateAsync(app);
        var before = await CountsAsync();

        var low = await SurveyAsync(Ada(s), new { pairingId = s.PairingId, satisfaction = 0, likelihoodToRecommend = 5, wouldDoAgain = true });
        var high = await SurveyAsync(Ada(s), new { pairingId = s.PairingId, satisfaction = 3, likelihoodToRecommend = 11, wouldDoAgain = true });
        var tooLong = await SurveyAsync(Ada(s), new { pairingId = s.PairingId, satisfaction = 3, likelihoodToRecommend = 5, wouldDoAgain = true, comment = new string('x', 2001) });
        var stranger = await SurveyAsync(ProgrammeScenario.Caller(s.Programme.Ben), new { pairingId = s.PairingId, satisfaction = 3, likelihoodToRecommend = 5, wouldDoAgain = true });
        await SetStatusAsync(s, PairingStatus.Accepted);
        var accepted = await SurveyAsync(Ada(s), new { pairingId = s.PairingId, satisfaction = 3, likelihoodToRecommend = 5, wouldDoAgain = true });

        Assert.Equal(["OutOfRangeError"], ProgrammeApi.ErrorTypes(low));
        Assert.Equal(["OutOfRangeError"], ProgrammeApi.ErrorTypes(high));
        Assert.Equal(["ValueTooLongError"], ProgrammeApi.ErrorTypes(tooLong));
        Assert.Equal(["PairingNotFoundError"], ProgrammeApi.ErrorTypes(stranger));
        Assert.Equal(["FeedbackNotOpenError"], ProgrammeApi.ErrorTypes(accepted));
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task A_mentors_feedback_is_in_their_export_and_erasure_removes_their_words_but_keeps_the_scores()
    {
        var s = await SessionScenario.CreateAsync(app);
        var session = await HeldSessionAsync(s, 40);
        await _api.OkAsync(Ada(s), "rateSession", new { sessionId = session, rating = 4, whatHelped = "The worked example." }, "rating { rating }");
        await ConfidenceOkAsync(s, Ada(s), "END", (TestData.SkillId("project-management"), 5));
        await SurveyOkAsync(Ada(s), new { pairingId = s.PairingId, satisfaction = 5, likelihoodToRecommend = 9, wouldDoAgain = true, comment = "Would recommend." });
        await _api.OkAsync(Cat(s), "rateSession", new { sessionId = session, rating = 2, whatHelped = "Cat's own words." }, "rating { rating }");

        var export = (await app.CreateGraphQLClient(Ada(s)).QueryAsync(
            "mutation { exportMyData { export { sessionRatings { rating whatHelped } confidenceRatings { stage confidence } pairingSurveys { satisfaction comment } } } }"))["exportMyData"]!["export"]!;
        Assert.Equal("The worked example.", Assert.Single(export["sessionRatings"]!.AsArray())!["whatHelped"]!.GetValue<string>());
        Assert.Equal("END", Assert.Single(export["confidenceRatings"]!.AsArray())!["stage"]!.GetValue<string>());
        Assert.Equal("Would recommend.", Assert.Single(export["pairingSurveys"]!.AsArray())!["comment"]!.GetValue<string>());

        await app.CreateGraphQLClient(Ada(s)).QueryAsync("mutation { eraseMyData { mentor { status } } }");

        await using var db = app.CreateDbContext();
        var ada = s.Programme.Ada.Id;
        var ratings = await db.SessionRatings.AsNoTracking().Where(r => r.SessionId == GlobalId.Parse(session, "Session")).OrderBy(r => r.Rating).ToListAsync();
        Assert.Equal([(2, "Cat's own words."), (4, (string?)null)], ratings.Select(r => (r.Rating, r.WhatHelped)));
        var survey = await db.PairingSurveys.AsNoTracking().SingleAsync(x => x.AuthorMentorId == ada);
        Assert.Equal((5, (string?)null), (survey.Satisfaction, survey.Comment));
    }

    [Fact]
    public async Task First_answers_sent_at_once_all_succeed_and_leave_one_answer_each()
    {
        var s = await SessionScenario.CreateAsync(app);
        var session = await HeldSessionAsync(s, 40);

        var ratings = await Task.WhenAll(Enumerable.Range(1, 5).Select(i =>
            _api.SendAsync(Ada(s), "rateSession", new { sessionId = session, rating = i }, "rating { rating } errors { __typename }")));
        var surveys = await Task.WhenAll(Enumerable.Range(1, 5).Select(i =>
            SurveyAsync(Cat(s), new { pairingId = s.PairingId, satisfaction = i, likelihoodToRecommend = 8, wouldDoAgain = true })));

        Assert.All(ratings, r => Assert.Null(r["errors"]));
        Assert.All(surveys, r => Assert.Null(r["errors"]));
        await using var db = app.CreateDbContext();
        var sessionKey = GlobalId.Parse(session, "Session");
        var pairingKey = GlobalId.Parse(s.PairingId, "Pairing");
        Assert.Equal(1, await db.SessionRatings.CountAsync(r => r.SessionId == sessionKey));
        Assert.Equal(1, await db.PairingSurveys.CountAsync(x => x.PairingId == pairingKey));
    }

    private static Caller Ada(SessionScenario s) => ProgrammeScenario.Caller(s.Programme.Ada);

    private static Caller Cat(SessionScenario s) => ProgrammeScenario.Caller(s.Programme.Cat);

    /// <summary>A session of the pairing, moved into the past and reported HELD by both mentors; its ID.</summary>
    private async Task<string> HeldSessionAsync(SessionScenario s, int days)
    {
        var id = (await _api.OkAsync(Ada(s), "scheduleSession", s.Online(SessionScenario.At(days)), "session { id }"))["session"]!["id"]!.GetValue<string>();
        await SessionScenario.MoveToPastAsync(app, id);
        await _api.OkAsync(Ada(s), "recordSessionAttendance", new { sessionId = id, absentMentorIds = Array.Empty<string>() }, "session { status }");
        var held = await _api.OkAsync(Cat(s), "recordSessionAttendance", new { sessionId = id, absentMentorIds = Array.Empty<string>() }, "session { status }");
        Assert.Equal("HELD", held["session"]!["status"]!.GetValue<string>());
        return id;
    }

    private Task<JsonNode> RateAsync(Caller caller, object input) => _api.SendAsync(caller, "rateSession", input, "rating { rating }");

    private Task<JsonNode> ConfidenceAsync(SessionScenario s, Caller caller, string stage, params (string SkillId, int Confidence)[] ratings) =>
        _api.SendAsync(caller, "rateConfidence", Confidence(s, stage, ratings), "ratings { confidence }");

    private Task<JsonNode> ConfidenceOkAsync(SessionScenario s, Caller caller, string stage, params (string SkillId, int Confidence)[] ratings) =>
        _api.OkAsync(caller, "rateConfidence", Confidence(s, stage, ratings), "ratings { confidence }");

    private static object Confidence(SessionScenario s, string stage, (string SkillId, int Confidence)[] ratings) =>
        new { pairingId = s.PairingId, stage, ratings = ratings.Select(r => new { skillId = r.SkillId, confidence = r.Confidence }).ToArray() };

    private Task<JsonNode> SurveyAsync(Caller caller, object input) => _api.SendAsync(caller, "completePairingSurvey", input, "survey { satisfaction }");

    private Task<JsonNode> SurveyOkAsync(Caller caller, object input) => _api.OkAsync(caller, "completePairingSurvey", input, "survey { satisfaction }");

    private async Task SetStatusAsync(SessionScenario s, PairingStatus status)
    {
        await using var db = app.CreateDbContext();
        var key = GlobalId.Parse(s.PairingId, "Pairing");
        await db.Pairings.Where(p => p.Id == key).ExecuteUpdateAsync(p => p
            .SetProperty(x => x.Status, status)
            .SetProperty(x => x.PausedAt, status == PairingStatus.Paused ? DateTimeOffset.UtcNow : null));
    }

    /// <summary>Every feedback row, as text, so that a refusal can be seen to have written nothing.</summary>
    private async Task<string> CountsAsync()
    {
        await using var db = app.CreateDbContext();
        var ratings = await db.SessionRatings.AsNoTracking().OrderBy(r => r.SessionId).ThenBy(r => r.AuthorMentorId).Select(r => $"{r.SessionId}/{r.AuthorMentorId}:{r.Rating}:{r.WhatHelped}").ToListAsync();
        var confidence = await db.ConfidenceRatings.AsNoTracking().OrderBy(r => r.PairingId).ThenBy(r => r.MentorId).ThenBy(r => r.Stage).ThenBy(r => r.SkillId).Select(r => $"{r.PairingId}/{r.MentorId}/{r.Stage}/{r.SkillId}:{r.Confidence}").ToListAsync();
        var surveys = await db.PairingSurveys.AsNoTracking().OrderBy(x => x.PairingId).ThenBy(x => x.AuthorMentorId).Select(x => $"{x.PairingId}/{x.AuthorMentorId}:{x.Satisfaction}:{x.Comment}").ToListAsync();
        return string.Join(" | ", string.Join(",", ratings), string.Join(",", confidence), string.Join(",", surveys));
    }
}
