using Microsoft.EntityFrameworkCore;
using Network.Server.Employers;
using Network.Server.GraphQL.Relay;
using Network.Server.Identity;
using Network.Server.Mentors;
using Network.Server.Programmes;
using Network.Server.Tests.Infrastructure;

namespace Network.Server.Tests.Programmes;

public sealed class EnrolmentTests(NetworkApp app) : IClassFixture<NetworkApp>
{
    private const string EnrolmentSelection = "enrolment { status consentGivenAt conductVersion acceptedCurrentConduct readyToPair nominatedAt enrolledAt }";

    private readonly ProgrammeApi _api = new(app);

    [Fact]
    public async Task Employers_of_other_sectors_or_places_cannot_join_and_an_employer_joins_once()
    {
        var s = await ProgrammeScenario.CreateAsync(app);

        var construction = await _api.SendAsync(TestCallers.EmployerAdmin(s.Construction.Id), "joinProgramme", Join(s, s.Construction), "programme { id }");
        var outside = await _api.SendAsync(TestCallers.EmployerAdmin(s.Outside.Id), "joinProgramme", Join(s, s.Outside), "programme { id }");
        var again = await _api.OkAsync(TestCallers.EmployerAdmin(s.Digital.Id), "joinProgramme", Join(s, s.Digital), "programme { employers { id } }");

        Assert.Equal(["SectorNotInProgrammeError"], ProgrammeApi.ErrorTypes(construction));
        Assert.Equal(["OutsideProgrammeAreaError"], ProgrammeApi.ErrorTypes(outside));
        Assert.Equal([TestData.Id("Employer", s.Digital.Id), TestData.Id("Employer", s.Engineering.Id)], again["programme"]!["employers"]!.AsArray().Select(e => e!["id"]!.GetValue<string>()));
    }

    [Fact]
    public async Task A_mentor_enrols_with_consent_and_the_current_code_of_conduct()
    {
        var s = await ProgrammeScenario.CreateAsync(app);

        var noConsent = await _api.SendAsync(ProgrammeScenario.Caller(s.Ada), "enrolInProgramme", new { programmeId = s.ProgrammeId, mentorId = ProgrammeScenario.MentorId(s.Ada), consent = false, codeOfConductVersion = 1 }, EnrolmentSelection);
        var oldVersion = await _api.SendAsync(ProgrammeScenario.Caller(s.Ada), "enrolInProgramme", s.Enrolment(s.Ada, version: 2), EnrolmentSelection);
        var someoneElse = await _api.SendAsync(ProgrammeScenario.Caller(s.Ben), "enrolInProgramme", s.Enrolment(s.Ada), EnrolmentSelection);
        var enrolled = await _api.OkAsync(ProgrammeScenario.Caller(s.Ada), "enrolInProgramme", s.Enrolment(s.Ada), EnrolmentSelection);

        Assert.Equal(["ConsentRequiredError"], ProgrammeApi.ErrorTypes(noConsent));
        Assert.Equal(["ConductVersionMismatchError"], ProgrammeApi.ErrorTypes(oldVersion));
        Assert.Equal(["NotAuthorizedError"], ProgrammeApi.ErrorTypes(someoneElse));
        var enrolment = enrolled["enrolment"]!;
        Assert.Equal(("ENROLLED", 1, true, true), (enrolment["status"]!.GetValue<string>(), enrolment["conductVersion"]!.GetValue<int>(), enrolment["acceptedCurrentConduct"]!.GetValue<bool>(), enrolment["readyToPair"]!.GetValue<bool>()));
        Assert.NotNull(enrolment["consentGivenAt"]);
        Assert.Null(enrolment["nominatedAt"]);
    }

    [Fact]
    public async Task Mentors_of_employers_that_have_not_joined_or_outside_the_area_cannot_enrol()
    {
        var s = await ProgrammeScenario.CreateAsync(app);

        var eve = await _api.SendAsync(ProgrammeScenario.Caller(s.Eve), "enrolInProgramme", s.Enrolment(s.Eve), EnrolmentSelection);
        var fay = await _api.SendAsync(ProgrammeScenario.Caller(s.Fay), "enrolInProgramme", s.Enrolment(s.Fay), EnrolmentSelection);

        Assert.Equal(["EmployerNotInProgrammeError"], ProgrammeApi.ErrorTypes(eve));
        Assert.Equal(["EmployerNotInProgrammeError", "OutsideProgrammeAreaError"], ProgrammeApi.ErrorTypes(fay));
    }

    [Fact]
    public async Task An_employer_admin_nominates_and_the_mentor_accepts()
    {
        var s = await ProgrammeScenario.CreateAsync(app);
        var nomination = new { programmeId = s.ProgrammeId, mentorId = ProgrammeScenario.MentorId(s.Cat) };

        var otherAdmin = await _api.SendAsync(TestCallers.EmployerAdmin(s.Digital.Id), "nominateForProgramme", nomination, EnrolmentSelection);
        var nominated = await _api.OkAsync(TestCallers.EmployerAdmin(s.Engineering.Id), "nominateForProgramme", nomination, EnrolmentSelection);
        var accepted = await _api.OkAsync(ProgrammeScenario.Caller(s.Cat), "enrolInProgramme", s.Enrolment(s.Cat), EnrolmentSelection);

        Assert.Equal(["NotAuthorizedError"], ProgrammeApi.ErrorTypes(otherAdmin));
        Assert.Equal("NOMINATED", nominated["enrolment"]!["status"]!.GetValue<string>());
        Assert.Equal("ENROLLED", accepted["enrolment"]!["status"]!.GetValue<string>());
        Assert.NotNull(accepted["enrolment"]!["nominatedAt"]);
    }

    [Fact]
    public async Task Simultaneous_enrolments_never_exceed_the_programme_s_capacity()
    {
        var s = await ProgrammeScenario.CreateAsync(app, maxPairs: 1);

        var payloads = await Task.WhenAll(new[] { s.Ada, s.Ben, s.Cat, s.Dev }.Select(m =>
            _api.SendAsync(ProgrammeScenario.Caller(m), "enrolInProgramme", s.Enrolment(m), EnrolmentSelection)));

        Assert.Equal(2, payloads.Count(p => p["errors"] is null));
        Assert.All(payloads.Where(p => p["errors"] is not null), p => Assert.Equal(["ProgrammeFullError"], ProgrammeApi.ErrorTypes(p)));
        await using var db = app.CreateDbContext();
        var key = GlobalId.Parse(s.ProgrammeId, "Programme");
        Assert.Equal(2, await db.ProgrammeEnrolments.CountAsync(e => e.ProgrammeId == key && e.Status == EnrolmentStatus.Enrolled));
    }

    [Fact]
    public async Task A_new_code_of_conduct_needs_accepting_again()
    {
        var s = await ProgrammeScenario.CreateAsync(app);
        await s.EnrolAsync(_api, s.Ada);

        await _api.OkAsync(TestCallers.Coordinator, "publishCodeOfConduct", new { programmeId = s.ProgrammeId, text = "Version two: be kind, be on time." }, "programme { codeOfConduct { version } }");
        var stale = await EnrolmentOfAsync(s, s.Ada);
        var wrong = await _api.SendAsync(ProgrammeScenario.Caller(s.Ada), "acceptCodeOfConduct", new { programmeId = s.ProgrammeId, mentorId = ProgrammeScenario.MentorId(s.Ada), version = 1 }, EnrolmentSelection);
        var accepted = await _api.OkAsync(ProgrammeScenario.Caller(s.Ada), "acceptCodeOfConduct", new { programmeId = s.ProgrammeId, mentorId = ProgrammeScenario.MentorId(s.Ada), version = 2 }, EnrolmentSelection);

        Assert.Equal((false, false), (stale["acceptedCurrentConduct"]!.GetValue<bool>(), stale["readyToPair"]!.GetValue<bool>()));
        Assert.Equal(["ConductVersionMismatchError"], ProgrammeApi.ErrorTypes(wrong));
        Assert.Equal((2, true), (accepted["enrolment"]!["conductVersion"]!.GetValue<int>(), accepted["enrolment"]!["readyToPair"]!.GetValue<bool>()));
    }

    [Fact]
    public async Task Required_training_keeps_a_mentor_from_being_ready_until_completed()
    {
        var s = await ProgrammeScenario.CreateAsync(app, training: [TestData.Id("TrainingModule", 1), TestData.Id("TrainingModule", 2)]);
        await s.EnrolAsync(_api, s.Ada);

        var before = await EnrolmentOfAsync(s, s.Ada);
        await _api.OkAsync(ProgrammeScenario.Caller(s.Ada), "recordTrainingCompletion", new { mentorId = ProgrammeScenario.MentorId(s.Ada), trainingModuleId = TestData.Id("TrainingModule", 1) }, "completion { completedAt }");
        var half = await EnrolmentOfAsync(s, s.Ada);
        await _api.OkAsync(TestCallers.Coordinator, "recordTrainingCompletion", new { mentorId = ProgrammeScenario.MentorId(s.Ada), trainingModuleId = TestData.Id("TrainingModule", 2) }, "completion { completedAt }");
        var after = await EnrolmentOfAsync(s, s.Ada);

        Assert.Equal(["reverse-mentoring", "active-listening"], before["missingTraining"]!.AsArray().Select(t => t!["slug"]!.GetValue<string>()));
        Assert.Equal(["active-listening"], half["missingTraining"]!.AsArray().Select(t => t!["slug"]!.GetValue<string>()));
        Assert.Empty(after["missingTraining"]!.AsArray());
        Assert.True(after["readyToPair"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Withdrawing_from_the_network_withdraws_from_its_programmes()
    {
        var s = await ProgrammeScenario.CreateAsync(app);
        await s.EnrolAsync(_api, s.Ada);

        await _api.OkAsync(ProgrammeScenario.Caller(s.Ada), "withdrawMentor", new { mentorId = ProgrammeScenario.MentorId(s.Ada) }, "mentor { status }");

        await using var db = app.CreateDbContext();
        var enrolment = await db.ProgrammeEnrolments.AsNoTracking().SingleAsync(e => e.MentorId == s.Ada.Id);
        Assert.Equal(EnrolmentStatus.Withdrawn, enrolment.Status);
        Assert.Equal("The mentor left the network.", enrolment.WithdrawalReason);
    }

    [Fact]
    public async Task Enrolments_are_seen_by_the_mentor_their_employer_s_admins_and_the_programme_s_coordinators_only()
    {
        var s = await ProgrammeScenario.CreateAsync(app);
        await s.EnrolAsync(_api, s.Ada, s.Cat);
        const string Query = "query($id: ID!) { node(id: $id) { ... on Programme { enrolments { mentor { id } } } } }";

        async Task<int> CountFor(Caller caller) =>
            (await app.CreateGraphQLClient(caller).QueryAsync(Query, new { id = s.ProgrammeId }))["node"]!["enrolments"]!.AsArray().Count;

        Assert.Equal(2, await CountFor(TestCallers.Coordinator));
        Assert.Equal(2, await CountFor(TestCallers.Admin));
        Assert.Equal(1, await CountFor(TestCallers.EmployerAdmin(s.Digital.Id)));
        Assert.Equal(1, await CountFor(ProgrammeScenario.Caller(s.Cat)));
        Assert.Equal(0, await CountFor(ProgrammeScenario.Caller(s.Ben)));
        Assert.Equal(0, await CountFor(new Caller("another-coordinator", [Role.Coordinator])));
    }

    [Fact]
    public async Task Enrolment_closes_after_the_deadline()
    {
        var s = await ProgrammeScenario.CreateAsync(app);
        await using (var db = app.CreateDbContext())
        {
            var key = GlobalId.Parse(s.ProgrammeId, "Programme");
            await db.Programmes.Where(p => p.Id == key).ExecuteUpdateAsync(p => p.SetProperty(x => x.EnrolmentClosesOn, DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-1)));
        }

        var late = await _api.SendAsync(ProgrammeScenario.Caller(s.Ada), "enrolInProgramme", s.Enrolment(s.Ada), EnrolmentSelection);

        Assert.Equal(["EnrolmentClosedError"], ProgrammeApi.ErrorTypes(late));
    }

    private static object Join(ProgrammeScenario s, Employer employer) => new { programmeId = s.ProgrammeId, employerId = TestData.Id("Employer", employer.Id) };

    private async Task<System.Text.Json.Nodes.JsonNode> EnrolmentOfAsync(ProgrammeScenario s, Mentor mentor)
    {
        var data = await app.CreateGraphQLClient(ProgrammeScenario.Caller(mentor)).QueryAsync(
            "query($id: ID!) { node(id: $id) { ... on Mentor { programmeEnrolments { acceptedCurrentConduct readyToPair missingTraining { slug } programme { id } } } } }",
            new { id = ProgrammeScenario.MentorId(mentor) });
        return data["node"]!["programmeEnrolments"]!.AsArray().Single(e => e!["programme"]!["id"]!.GetValue<string>() == s.ProgrammeId)!;
    }
}
