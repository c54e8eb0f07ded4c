using System.Net;
using System.Text.Json.Nodes;
using CsvHelper;
using Microsoft.EntityFrameworkCore;
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
using Network.Server.Tests.Programmes;
using Network.Server.Tests.Sessions;

namespace Network.Server.Tests.Evaluation;

/// <summary>
/// <c>programmeEvaluation</c> and its CSV over HTTP against the real database. The scenario's one pair, Ada (early career) and
/// Cat (senior), teach each other: Cat learns data analytics from Ada (junior to senior) and Ada project management from Cat
/// (senior to junior). Its history (sessions, ratings, confidence, surveys, retention) is written as rows, as the mutations
/// that make them are tested in their own features.
/// </summary>
public sealed class ProgrammeEvaluationTests(NetworkApp app) : IClassFixture<NetworkApp>
{
    private const string Evaluation = """
        query($id: ID!) {
          programmeEvaluation(programmeId: $id) {
            suppressed minimumPeople csvPath
            participation { enrolled { ...F } withdrawn { ...F } pairsFormed { ...F } twoWayPercent { ...F } }
            sessions { planned { ...F } held { ...F } missed { ...F } cancelled { ...F } attendancePercent { ...F } meanRating { ...F } }
            confidence {
              overall { learners { ...F } meanChange { ...F } moreConfidentPercent { ...F } }
              bySkill { skill { slug } learners { ...F } meanChange { ...F } }
              byDirection { direction learners { ...F } meanChange { ...F } }
            }
            surveys { responses { ...F } meanSatisfaction { ...F } netPromoterScore { ...F } wouldDoAgainPercent { ...F } }
            retention { checkpoint confirmed { ...F } stillEmployed { ...F } retainedPercent { ...F } }
            gaps { targeted { ...F } addressed { ...F } closedAsFilled { ...F } filledWithProgrammeHelp { ...F } }
            objectives { objective { statement } progress { measure target current } }
          }
        }
        fragment F on EvaluationFigure { value people suppressed suppressedReason }
        """;

    [Fact]
    public async Task Coordinators_see_every_figure_of_their_programme()
    {
        var (s, _) = await WithHistoryAsync();

        var e = await EvaluateAsync(TestCallers.Coordinator, s.Programme.ProgrammeId);

        Assert.False(e["suppressed"]!.GetValue<bool>());
        Assert.Equal((4, 4), Figure(e["participation"]!["enrolled"]));
        Assert.Equal((1, 2), Figure(e["participation"]!["pairsFormed"]));
        Assert.Equal(100, Value(e["participation"]!["twoWayPercent"]));
        Assert.Equal((5, 2), Figure(e["sessions"]!["planned"]));
        Assert.Equal(3, Value(e["sessions"]!["held"]));
        Assert.Equal(1, Value(e["sessions"]!["missed"]));
        Assert.Equal(1, Value(e["sessions"]!["cancelled"]));
        Assert.Equal(75, Value(e["sessions"]!["attendancePercent"]));
        Assert.Equal(4, Value(e["sessions"]!["meanRating"]));
        Assert.Equal((2, 2), Figure(e["confidence"]!["overall"]!["learners"]));
        Assert.Equal(1.5, Value(e["confidence"]!["overall"]!["meanChange"]));
        Assert.Equal(100, Value(e["confidence"]!["overall"]!["moreConfidentPercent"]));
        var directions = e["confidence"]!["byDirection"]!.AsArray().ToDictionary(d => d!["direction"]!.GetValue<string>(), d => Value(d!["meanChange"]));
        Assert.Equal(2, directions["JUNIOR_TO_SENIOR"]);
        Assert.Equal(1, directions["SENIOR_TO_JUNIOR"]);
        Assert.Null(directions["PEER"]);
        Assert.Equal(["data-analytics", "project-management"], e["confidence"]!["bySkill"]!.AsArray().Select(r => r!["skill"]!["slug"]!.GetValue<string>()).Order());
        Assert.Equal(2, Value(e["surveys"]!["responses"]));
        Assert.Equal(4.5, Value(e["surveys"]!["meanSatisfaction"]));
        Assert.Equal(50, Value(e["surveys"]!["netPromoterScore"]));
        Assert.Equal(100, Value(e["surveys"]!["wouldDoAgainPercent"]));
        var end = e["retention"]!.AsArray().Single(r => r!["checkpoint"]!.GetValue<string>() == "END")!;
        Assert.Equal((2, 2), Figure(end["confirmed"]));
        Assert.Equal(1, Value(end["stillEmployed"]));
        Assert.Equal(50, Value(end["retainedPercent"]));
        Assert.Equal(2, Value(e["gaps"]!["targeted"]));
        Assert.Equal(1, Value(e["gaps"]!["closedAsFilled"]));
        Assert.Equal(1, Value(e["gaps"]!["filledWithProgrammeHelp"]));
        Assert.Null(e["gaps"]!["targeted"]!["people"]);
        Assert.NotEmpty(e["objectives"]!.AsArray());
    }

    [Fact]
    public async Task Partners_get_no_figure_about_fewer_than_five_people_but_gaps_and_objectives_in_full()
    {
        var (s, _) = await WithHistoryAsync();

        var e = await EvaluateAsync(TestCallers.Partner, s.Programme.ProgrammeId);

        Assert.True(e["suppressed"]!.GetValue<bool>());
        Assert.Equal(5, e["minimumPeople"]!.GetValue<int>());
        foreach (var figure in new[]
        {
            e["participation"]!["enrolled"], e["participation"]!["pairsFormed"], e["sessions"]!["held"], e["sessions"]!["meanRating"],
            e["confidence"]!["overall"]!["meanChange"], e["surveys"]!["netPromoterScore"], e["retention"]![0]!["retainedPercent"],
        })
        {
            Assert.True(figure!["suppressed"]!.GetValue<bool>());
            Assert.Null(figure["value"]);
            Assert.Null(figure["people"]);
            Assert.Equal("About fewer than 5 people.", figure["suppressedReason"]!.GetValue<string>());
        }

        Assert.Equal(0, Value(e["participation"]!["withdrawn"]));
        Assert.Equal(2, Value(e["gaps"]!["targeted"]));
        Assert.NotEmpty(e["objectives"]!.AsArray());
    }

    [Fact]
    public async Task Other_callers_are_refused_and_a_draft_is_seen_only_by_its_coordinators()
    {
        var (s, _) = await WithHistoryAsync();
        var draft = await new ProgrammeApi(app).CreateAsync(TestCallers.Coordinator, ProgrammeApi.NewProgramme("Draft evaluated"));
        const string Query = "query($id: ID!) { programmeEvaluation(programmeId: $id) { suppressed } }";

        var mentor = await app.CreateGraphQLClient(ProgrammeScenario.Caller(s.Programme.Ada)).PostAsync(Query, new { id = s.Programme.ProgrammeId });
        var employer = await app.CreateGraphQLClient(TestCallers.EmployerAdmin(s.Programme.Digital.Id)).PostAsync(Query, new { id = s.Programme.ProgrammeId });
        var anonymous = await app.CreateGraphQLClient(TestCallers.Anonymous).PostAsync(Query, new { id = s.Programme.ProgrammeId });
        var partnerOnDraft = await app.CreateGraphQLClient(TestCallers.Partner).QueryAsync(Query, new { id = draft });
        var coordinatorOnDraft = await app.CreateGraphQLClient(TestCallers.Coordinator).QueryAsync(Query, new { id = draft });
        var otherCoordinator = await app.CreateGraphQLClient(new Caller("other-coordinator", [Role.Coordinator])).QueryAsync(Query, new { id = s.Programme.ProgrammeId });

        Assert.Equal("AUTH_NOT_AUTHORIZED", mentor.FirstErrorCode);
        Assert.Equal("AUTH_NOT_AUTHORIZED", employer.FirstErrorCode);
        Assert.NotNull(anonymous.Errors);
        Assert.Null(partnerOnDraft["programmeEvaluation"]);
        Assert.False(coordinatorOnDraft["programmeEvaluation"]!["suppressed"]!.GetValue<bool>());
        Assert.True(otherCoordinator["programmeEvaluation"]!["suppressed"]!.GetValue<bool>());
    }

    [Fact]
    public async Task The_csv_download_has_the_same_figures_withheld_the_same_way_and_refuses_others()
    {
        var (s, _) = await WithHistoryAsync();
        var path = (await EvaluateAsync(TestCallers.Coordinator, s.Programme.ProgrammeId))["csvPath"]!.GetValue<string>();

        using var full = await GetAsync(TestCallers.Coordinator, path);
        using var partner = await GetAsync(TestCallers.Partner, path);
        using var anonymous = await GetAsync(TestCallers.Anonymous, path);
        using var mentor = await GetAsync(ProgrammeScenario.Caller(s.Programme.Ada), path);
        using var missing = await GetAsync(TestCallers.Coordinator, $"/programmes/{TestData.Id("Programme", int.MaxValue)}/evaluation.csv");

        Assert.Equal(HttpStatusCode.OK, full.StatusCode);
        Assert.Equal("text/csv", full.Content.Headers.ContentType!.MediaType);
        Assert.Contains("evaluation.csv", full.Content.Headers.ContentDisposition!.FileName, StringComparison.Ordinal);
        var rows = await ReadCsvAsync(full);
        Assert.Equal(["section", "figure", "subject", "value", "people", "withheld_reason"], rows[0]);
        Assert.Equal(["sessions", "held", "", "3", "2", ""], rows.Single(r => r[0] == "sessions" && r[1] == "held"));
        Assert.Contains(rows, r => r[0] == "confidence" && r[2] == "direction: JUNIOR_TO_SENIOR" && r[1] == "mean_change" && r[3] == "2");
        Assert.Contains(rows, r => r[0] == "objective");
        var withheld = (await ReadCsvAsync(partner)).Single(r => r[0] == "sessions" && r[1] == "held");
        Assert.Equal(["sessions", "held", "", "", "", "About fewer than 5 people."], withheld);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, mentor.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    private async Task<(SessionScenario Scenario, int PairingId)> WithHistoryAsync()
    {
        var s = await SessionScenario.CreateAsync(app);
        var p = s.Programme;
        var pairingId = GlobalId.Parse(s.PairingId, "Pairing");
        var programmeId = GlobalId.Parse(p.ProgrammeId, "Programme");
        var now = DateTimeOffset.UtcNow;
        await using var db = app.CreateDbContext();
        var sessions = new[] { SessionStatus.Held, SessionStatus.Held, SessionStatus.Held, SessionStatus.Missed, SessionStatus.Cancelled, SessionStatus.Scheduled }
            .Select((status, i) => new PairingSession
            {
                PairingId = pairingId,
                MentorAId = p.Ada.Id < p.Cat.Id ? p.Ada.Id : p.Cat.Id,
                MentorBId = p.Ada.Id < p.Cat.Id ? p.Cat.Id : p.Ada.Id,
                StartsAt = now.AddDays((i * 14) - 70),
                EndsAt = now.AddDays((i * 14) - 70).AddHours(1),
                TimeZone = "Europe/London",
                DurationMinutes = 60,
                Format = SessionFormat.Online,
                OnlineLink = "https://meet.example.org/ada-cat",
                Status = status,
                ScheduledByMentorId = p.Ada.Id,
                ScheduledAt = now.AddDays(-80),
                UpdatedAt = now,
            })
            .ToList();
        db.PairingSessions.AddRange(sessions);
        await db.SaveChangesAsync();
        var pairing = await db.Pairings.SingleAsync(x => x.Id == pairingId);
        Assert.Equal(PairingStatus.Active, pairing.Status);
        (int Mentor, int Employer) ada = (p.Ada.Id, p.Digital.Id), cat = (p.Cat.Id, p.Engineering.Id);
        db.SessionRatings.AddRange(
            Rating(sessions[0], ada, 5), Rating(sessions[0], cat, 3), Rating(sessions[1], ada, 4), Rating(sessions[2], cat, 4));
        var analytics = await SkillIdAsync(db, "data-analytics");
        var planning = await SkillIdAsync(db, "project-management");
        db.ConfidenceRatings.AddRange(
            Confidence(pairingId, cat.Mentor, analytics, ConfidenceStage.Start, 1), Confidence(pairingId, cat.Mentor, analytics, ConfidenceStage.End, 3),
            Confidence(pairingId, ada.Mentor, planning, ConfidenceStage.Start, 2), Confidence(pairingId, ada.Mentor, planning, ConfidenceStage.Midpoint, 3));
        db.PairingSurveys.AddRange(
            new PairingSurvey { PairingId = pairingId, AuthorMentorId = ada.Mentor, AuthorEmployerId = ada.Employer, Satisfaction = 5, LikelihoodToRecommend = 10, WouldDoAgain = true, CompletedAt = now },
            new PairingSurvey { PairingId = pairingId, AuthorMentorId = cat.Mentor, AuthorEmployerId = cat.Employer, Satisfaction = 4, LikelihoodToRecommend = 8, WouldDoAgain = true, CompletedAt = now });
        db.RetentionChecks.AddRange(
            new RetentionCheck { ProgrammeId = programmeId, MentorId = ada.Mentor, EmployerId = ada.Employer, Checkpoint = OutcomeCheckpoint.End, StillEmployed = true, RecordedBySubject = "test", RecordedAt = now },
            new RetentionCheck { ProgrammeId = programmeId, MentorId = cat.Mentor, EmployerId = cat.Employer, Checkpoint = OutcomeCheckpoint.End, StillEmployed = false, RecordedBySubject = "test", RecordedAt = now });
        var engineeringGap = await db.SkillsGaps.FindAsync(p.EngineeringGap.Id);
        engineeringGap!.Status = SkillsGapStatus.Filled;
        db.GapOutcomes.Add(new GapOutcome
        {
            ProgrammeId = programmeId,
            SkillsGapId = p.EngineeringGap.Id,
            EmployerId = cat.Employer,
            Checkpoint = OutcomeCheckpoint.End,
            Status = GapOutcomeStatus.Filled,
            ProgrammeHelped = true,
            RecordedBySubject = "test",
            RecordedAt = now,
        });
        db.ProgrammeObjectives.Add(new ProgrammeObjective
        {
            ProgrammeId = programmeId,
            Statement = "Address both gaps.",
            Measure = ObjectiveMeasure.GapsAddressed,
            Target = 2,
            Gaps = [new ProgrammeObjectiveGap { SkillsGapId = p.DigitalGap.Id }, new ProgrammeObjectiveGap { SkillsGapId = p.EngineeringGap.Id }],
            CreatedAt = now,
            UpdatedAt = now,
        });
        await db.SaveChangesAsync();
        return (s, pairingId);
    }

    private static SessionRating Rating(PairingSession session, (int Mentor, int Employer) author, int rating) => new()
    {
        SessionId = session.Id,
        PairingId = session.PairingId,
        AuthorMentorId = author.Mentor,
        AuthorEmployerId = author.Employer,
        Rating = rating,
        RatedAt = session.EndsAt,
    };

    private static ConfidenceRating Confidence(int pairingId, int mentorId, int skillId, ConfidenceStage stage, int confidence) => new()
    {
        PairingId = pairingId,
        MentorId = mentorId,
        SkillId = skillId,
        Stage = stage,
        Confidence = confidence,
        RatedAt = DateTimeOffset.UtcNow,
    };

    private static async Task<int> SkillIdAsync(Network.Server.Data.NetworkDbContext db, string slug) =>
        (await db.Skills.SingleAsync(s => s.Slug == slug)).Id;

    private async Task<JsonNode> EvaluateAsync(Caller caller, string programmeId) =>
        (await app.CreateGraphQLClient(caller).QueryAsync(Evaluation, new { id = programmeId }))["programmeEvaluation"]!;

    private async Task<HttpResponseMessage> GetAsync(Caller caller, string path) =>
        await app.CreateGraphQLClient(caller).Http.GetAsync(new Uri(path, UriKind.Relative));

    private static async Task<List<string[]>> ReadCsvAsync(HttpResponseMessage response)
    {
        var rows = new List<string[]>();
        await using var stream = await response.Content.ReadAsStreamAsync();
        await using var reader = CsvReader.Create(stream, CsvReaderOptions.Default with { HasHeader = false }, leaveOpen: false);
        while (await reader.ReadAsync())
        {
            rows.Add([.. Enumerable.Range(0, reader.FieldCount).Select(reader.GetString)]);
        }

        return rows;
    }

    private static double? Value(JsonNode? figure) => figure!["value"]?.GetValue<double>();

    private static (double?, int?) Figure(JsonNode? figure) => (Value(figure), figure!["people"]?.GetValue<int>());
}
