using Microsoft.EntityFrameworkCore;
using Network.Server.Identity;
using Network.Server.Mentors;
using Network.Server.Skills;
using Network.Server.Tests.Infrastructure;
using Network.Server.Tests.Programmes;
using Network.Server.Webinars;

namespace Network.Server.Tests.Webinars;

/// <summary>Who may register: the webinar's audience decides between mentors and employers, and its sectors between employers.</summary>
public sealed class WebinarEligibilityTests(NetworkApp app) : IClassFixture<NetworkApp>
{
    private const string Selection = "registration { id status } errors { ... on NotEligibleForWebinarError { reason webinarId } }";

    private readonly WebinarApi _api = new(app);

    [Fact]
    public async Task The_audience_and_the_sectors_decide_who_may_register_and_a_refusal_writes_nothing()
    {
        var data = new TestData(app);
        var engineering = await data.EmployerAsync("Eligible Engineering Ltd", Sector.EngineeringManufacturing, "CV3 4AA");
        var digital = await data.EmployerAsync("Eligible Digital Ltd", Sector.IctDigital, "CV1 2JH");
        var mentor = TestCallers.Mentor((await data.MentorAsync(digital, "Eligible Mentor", CareerStage.Early, ["data-analytics"], ["cybersecurity"])).Id);
        var forEmployers = await _api.PublishedAsync(TestCallers.Organiser, With(WebinarApi.Online("Eligible employers only"), "EMPLOYERS_WITH_GAPS"));
        var forMentors = await _api.PublishedAsync(TestCallers.Organiser, With(WebinarApi.Online("Eligible mentors only"), "MENTORS_WANTING_TOPICS"));
        var forBoth = await _api.PublishedAsync(TestCallers.Organiser, WebinarApi.Online("Eligible everyone"));
        var before = await CountAsync();

        var mentorForEmployers = await RegisterAsync(mentor, forEmployers, mentorId: Id(mentor));
        var employerForMentors = await RegisterAsync(TestCallers.EmployerAdmin(engineering.Id), forMentors, employerId: TestData.Id("Employer", engineering.Id));
        var otherSector = await RegisterAsync(TestCallers.EmployerAdmin(digital.Id), forBoth, employerId: TestData.Id("Employer", digital.Id));
        var refusals = await CountAsync();
        var targetedEmployer = await RegisterAsync(TestCallers.EmployerAdmin(engineering.Id), forEmployers, employerId: TestData.Id("Employer", engineering.Id));
        var mentorOfOtherSector = await RegisterAsync(mentor, forBoth, mentorId: Id(mentor));

        Assert.Equal(("AUDIENCE_EXCLUDES_MENTORS", forEmployers), Refusal(mentorForEmployers));
        Assert.Equal(("AUDIENCE_EXCLUDES_EMPLOYERS", forMentors), Refusal(employerForMentors));
        Assert.Equal(("SECTOR_NOT_TARGETED", forBoth), Refusal(otherSector));
        Assert.Equal(before, refusals);
        Assert.Equal("REGISTERED", targetedEmployer["registration"]!["status"]!.GetValue<string>());
        Assert.Equal("REGISTERED", mentorOfOtherSector["registration"]!["status"]!.GetValue<string>());
    }

    private static System.Text.Json.Nodes.JsonObject With(object webinar, string audience)
    {
        var fields = System.Text.Json.JsonSerializer.SerializeToNode(webinar)!.AsObject();
        fields["audience"] = audience;
        return fields;
    }

    private static string Id(Caller mentor) => TestData.Id("Mentor", mentor.MentorId!.Value);

    private static (string, string) Refusal(System.Text.Json.Nodes.JsonNode payload)
    {
        Assert.Null(payload["registration"]);
        Assert.Equal(["NotEligibleForWebinarError"], ProgrammeApi.ErrorTypes(payload));
        var error = payload["errors"]![0]!;
        return (error["reason"]!.GetValue<string>(), error["webinarId"]!.GetValue<string>());
    }

    private Task<System.Text.Json.Nodes.JsonNode> RegisterAsync(Caller caller, string webinarId, string? mentorId = null, string? employerId = null) =>
        _api.SendAsync(caller, "registerForWebinar", new { webinarId, mentorId, employerId }, Selection);

    private async Task<int> CountAsync()
    {
        await using var db = app.CreateDbContext();
        return await db.WebinarRegistrations.CountAsync();
    }
}
