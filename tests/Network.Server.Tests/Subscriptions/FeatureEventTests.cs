using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Network.Server.Data;
using Network.Server.GraphQL.Subscriptions;
using Network.Server.Mentors;
using Network.Server.Skills;
using Network.Server.SkillsGaps;
using Network.Server.Tests.Infrastructure;
using Network.Server.Tests.Programmes;
using Network.Server.Tests.Sessions;
using Network.Server.Tests.Webinars;

namespace Network.Server.Tests.Subscriptions;

/// <summary>The subscriptions of the features after pairings: each event reaches whom it should, filtered by its arguments.</summary>
public sealed class FeatureEventTests(NetworkApp app) : IClassFixture<NetworkApp>
{
    private static readonly string[] Evenings = ["WEEKDAY_EVENINGS"];

    private readonly ProgrammeApi _api = new(app);
    private readonly TestData _data = new(app);

    [Fact]
    public async Task SkillsGapPublished_sends_only_gaps_within_the_circle_in_the_sectors_asked_for_with_their_distance()
    {
        var tag = Guid.NewGuid().ToString("N")[..6];
        var near = await _data.EmployerAsync($"Near Builders {tag}", Sector.Construction, "B1 1AA");
        var nearDigital = await _data.EmployerAsync($"Near Digital {tag}", Sector.IctDigital, "B1 1AA");
        var far = await _data.EmployerAsync($"Far Builders {tag}", Sector.Construction, "CV1 2JH");
        using var socket = await GraphQLSocket.OpenAsync(app, TestCallers.Partner);
        await socket.SubscribeAsync(app, "g", """
            subscription { skillsGapPublished(near: { origin: { postcode: "B1 1AA" }, radiusKm: 5 }, sectors: [CONSTRUCTION]) { id sector distanceKm employer { name } } }
            """);

        await PublishGapAsync(far.Id, "building-information-modelling");
        await PublishGapAsync(nearDigital.Id, "cybersecurity");
        var wanted = await PublishGapAsync(near.Id, "building-information-modelling");
        var next = await socket.ReceiveAsync();

        var gap = next!["payload"]!["data"]!["skillsGapPublished"]!;
        Assert.Equal((wanted, near.Name, "CONSTRUCTION"), (gap["id"]!.GetValue<string>(), gap["employer"]!["name"]!.GetValue<string>(), gap["sector"]!.GetValue<string>()));
        Assert.InRange(gap["distanceKm"]!.GetValue<double>(), 0, 5);
    }

    [Fact]
    public async Task A_change_whose_transaction_rolls_back_is_never_announced()
    {
        var employer = await _data.EmployerAsync($"Transactional {Guid.NewGuid():N}", Sector.Construction, "WV1 1AA");
        // Listens to the notifications themselves: a subscriber's re-read would hide a leaked one, as the gap is not there.
        using var heard = app.Services.GetRequiredService<EventHub>().Subscribe(e => e.Topic == "skillsGap" && e.Ids("e").Contains(employer.Id));
        await app.Services.GetServices<Microsoft.Extensions.Hosting.IHostedService>().OfType<EventListener>().Single().Listening.WaitAsync(GraphQLSocket.Patience);
        var factory = app.Services.GetRequiredService<IDbContextFactory<NetworkDbContext>>();

        await using (var db = await factory.CreateDbContextAsync())
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            db.SkillsGaps.Add(Gap(employer.Id));
            await db.SaveChangesAsync();
            await transaction.RollbackAsync();
        }

        var committed = Gap(employer.Id);
        await using (var db = await factory.CreateDbContextAsync())
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            db.SkillsGaps.Add(committed);
            await db.SaveChangesAsync();
            await transaction.CommitAsync();
        }

        // The first notification is the committed gap's: the rolled-back one's died with its transaction.
        using var patience = new CancellationTokenSource(GraphQLSocket.Patience);
        Assert.Equal(committed.Id, (await heard.Events.ReadAsync(patience.Token)).Id);
    }

    private static SkillsGap Gap(int employerId) => new()
    {
        EmployerId = employerId,
        SkillId = TestData.Skill("building-information-modelling"),
        Sector = Sector.Construction,
        Severity = SkillsGapSeverity.High,
        HardToFillVacancies = 1,
        Status = SkillsGapStatus.Open,
        PublishedAt = DateTimeOffset.UtcNow,
        UpdatedAt = DateTimeOffset.UtcNow,
    };

    [Fact]
    public async Task SkillsGapPublished_is_refused_to_mentors()
    {
        var mentor = await _data.MentorAsync(await _data.EmployerAsync($"Refused {Guid.NewGuid():N}", Sector.IctDigital, "B1 1AA"), "Refused Mentor", CareerStage.Early, ["cybersecurity"], ["budget-planning"]);
        using var socket = await GraphQLSocket.OpenAsync(app, TestCallers.Mentor(mentor.Id));

        await socket.SendAsync(new { id = "g", type = "subscribe", payload = new { query = "subscription { skillsGapPublished { id } }" } });

        Assert.Equal("AUTH_NOT_AUTHORIZED", (await socket.ReceiveAsync())!["payload"]![0]!["extensions"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task SessionChanged_tells_a_mentor_of_a_session_their_partner_scheduled()
    {
        var s = await SessionScenario.CreateAsync(app);
        using var socket = await GraphQLSocket.OpenAsync(app, ProgrammeScenario.Caller(s.Programme.Ada));
        await socket.SubscribeAsync(app, "s", "subscription($p: ID) { sessionChanged(pairingId: $p) { change session { id status pairing { id } } } }", new { p = s.PairingId });

        var scheduled = await _api.OkAsync(ProgrammeScenario.Caller(s.Programme.Cat), "scheduleSession", s.Online(SessionScenario.At(40)), "session { id }");
        var next = (await socket.ReceiveAsync())!["payload"]!["data"]!["sessionChanged"]!;

        Assert.Equal(("SCHEDULED", scheduled["session"]!["id"]!.GetValue<string>(), s.PairingId), (next["change"]!.GetValue<string>(), next["session"]!["id"]!.GetValue<string>(), next["session"]!["pairing"]!["id"]!.GetValue<string>()));
    }

    [Fact]
    public async Task ConcernRaised_reaches_the_programme_s_coordinator_and_is_refused_to_mentors()
    {
        var s = await SessionScenario.CreateAsync(app);
        using var coordinator = await GraphQLSocket.OpenAsync(app, TestCallers.Coordinator);
        using var mentor = await GraphQLSocket.OpenAsync(app, ProgrammeScenario.Caller(s.Programme.Ben));
        await coordinator.SubscribeAsync(app, "c", "subscription($g: ID) { concernRaised(programmeId: $g) { id category status } }", new { g = s.Programme.ProgrammeId });
        await mentor.SendAsync(new { id = "m", type = "subscribe", payload = new { query = "subscription { concernRaised { id } }" } });

        var raised = await _api.OkAsync(ProgrammeScenario.Caller(s.Programme.Ada), "reportConcern", new
        {
            programmeId = s.Programme.ProgrammeId,
            mentorId = ProgrammeScenario.MentorId(s.Programme.Ada),
            about = new { pairingId = s.PairingId },
            category = "OTHER",
            description = "We keep talking past each other.",
        }, "concern { id }");
        var next = (await coordinator.ReceiveAsync())!["payload"]!["data"]!["concernRaised"]!;

        Assert.Equal((raised["concern"]!["id"]!.GetValue<string>(), "OTHER"), (next["id"]!.GetValue<string>(), next["category"]!.GetValue<string>()));
        Assert.Equal("AUTH_NOT_AUTHORIZED", (await mentor.ReceiveAsync())!["payload"]![0]!["extensions"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task WebinarRegistrationChanged_tells_the_organiser_and_is_refused_to_another_organiser()
    {
        var webinars = new WebinarApi(app);
        var webinarId = await webinars.PublishedAsync(TestCallers.Organiser, WebinarApi.Online($"Live registrations {Guid.NewGuid():N}"));
        var mentor = await _data.MentorAsync(await _data.EmployerAsync($"Registrant {Guid.NewGuid():N}", Sector.IctDigital, "B1 1AA"), "Registrant", CareerStage.Early, ["cybersecurity"], ["data-analytics"]);
        using var organiser = await GraphQLSocket.OpenAsync(app, TestCallers.Organiser);
        using var other = await GraphQLSocket.OpenAsync(app, new Network.Server.Identity.Caller("another-organiser", [Network.Server.Identity.Role.Organiser]));
        const string Query = "subscription($w: ID!) { webinarRegistrationChanged(webinarId: $w) { id status } }";
        await organiser.SubscribeAsync(app, "r", Query, new { w = webinarId });
        await other.SendAsync(new { id = "o", type = "subscribe", payload = new { query = Query, variables = new { w = webinarId } } });

        var (registrationId, status) = await webinars.RegisterAsync(TestCallers.Mentor(mentor.Id), webinarId);
        var next = (await organiser.ReceiveAsync())!["payload"]!["data"]!["webinarRegistrationChanged"]!;

        Assert.Equal((registrationId, status), (next["id"]!.GetValue<string>(), next["status"]!.GetValue<string>()));
        Assert.Equal("AUTH_NOT_AUTHORIZED", (await other.ReceiveAsync())!["payload"]![0]!["extensions"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_registrant_hears_as_it_happens_that_the_webinar_was_cancelled()
    {
        var webinars = new WebinarApi(app);
        var webinarId = await webinars.PublishedAsync(TestCallers.Organiser, WebinarApi.Online($"Cancelled live {Guid.NewGuid():N}"));
        var mentor = await _data.MentorAsync(await _data.EmployerAsync($"Registrant {Guid.NewGuid():N}", Sector.IctDigital, "B1 1AA"), "Registrant", CareerStage.Early, ["cybersecurity"], ["data-analytics"]);
        var (registrationId, _) = await webinars.RegisterAsync(TestCallers.Mentor(mentor.Id), webinarId);
        using var socket = await GraphQLSocket.OpenAsync(app, TestCallers.Mentor(mentor.Id));
        await socket.SubscribeAsync(app, "mine", "subscription { webinarRegistrationChanged { id status webinar { cancellationReason } } }");

        await webinars.OkAsync(TestCallers.Organiser, "cancelWebinar", new { webinarId, reason = "The speaker is ill." }, "webinar { status }");
        var next = (await socket.ReceiveAsync())!["payload"]!["data"]!["webinarRegistrationChanged"]!;

        Assert.Equal((registrationId, "WEBINAR_CANCELLED", "The speaker is ill."), (next["id"]!.GetValue<string>(), next["status"]!.GetValue<string>(), next["webinar"]!["cancellationReason"]!.GetValue<string>()));
    }

    [Fact]
    public async Task MentorMatchAvailable_announces_a_new_volunteer_who_would_pair_well_and_not_one_of_the_same_employer()
    {
        var home = await _data.EmployerAsync($"Home {Guid.NewGuid():N}", Sector.IctDigital, "B1 1AA");
        var away = await _data.EmployerAsync($"Away {Guid.NewGuid():N}", Sector.IctDigital, "B2 4QA");
        var mentor = await _data.MentorAsync(home, "Waiting Mentor", CareerStage.Senior, ["budget-planning"], ["artificial-intelligence"]);
        using var socket = await GraphQLSocket.OpenAsync(app, TestCallers.Mentor(mentor.Id));
        await socket.SubscribeAsync(app, "m", "subscription($m: ID!) { mentorMatchAvailable(mentorId: $m, minScore: 1) { score partner { id } reasons } }", new { m = TestData.Id("Mentor", mentor.Id) });

        await VolunteerAsync(home.Id, "Colleague");
        var newcomer = await VolunteerAsync(away.Id, "Newcomer");
        var next = (await socket.ReceiveAsync())!["payload"]!["data"]!["mentorMatchAvailable"]!;

        Assert.Equal(newcomer, next["partner"]!["id"]!.GetValue<string>());
        Assert.True(next["score"]!.GetValue<double>() >= 1);
        Assert.NotEmpty(next["reasons"]!.AsArray());
    }

    private async Task<string> PublishGapAsync(int employerId, string skill) =>
        (await _api.OkAsync(TestCallers.EmployerAdmin(employerId), "publishSkillsGap", new
        {
            employerId = TestData.Id("Employer", employerId),
            skillId = TestData.SkillId(skill),
            severity = "HIGH",
            hardToFillVacancies = 2,
        }, "skillsGap { id }"))["skillsGap"]!["id"]!.GetValue<string>();

    private async Task<string> VolunteerAsync(int employerId, string name) =>
        (await _api.OkAsync(TestCallers.EmployerAdmin(employerId), "volunteerMentor", new
        {
            employerId = TestData.Id("Employer", employerId),
            displayName = $"{name} {Guid.NewGuid().ToString("N")[..6]}",
            careerStage = "EARLY",
            capacity = 2,
            format = "ONLINE",
            maxTravelKm = 20,
            availability = Evenings,
            offers = new[] { new { skillId = TestData.SkillId("artificial-intelligence"), level = "EXPERT" } },
            wants = new[] { new { skillId = TestData.SkillId("budget-planning"), level = "BEGINNER" } },
        }, "mentor { id }"))["mentor"]!["id"]!.GetValue<string>();
}
