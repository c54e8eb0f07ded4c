using Network.Server.Identity;
using Network.Server.Mentors;
using Network.Server.Skills;
using Network.Server.Tests.Infrastructure;

namespace Network.Server.Tests.Webinars;

/// <summary>A cancelled webinar leaves every live registrant a notice in their own view; those who had already cancelled keep their status.</summary>
public sealed class WebinarCancellationNoticeTests(NetworkApp app) : IClassFixture<NetworkApp>
{
    private const string MentorView = """
        query($id: ID!) { node(id: $id) { ... on Mentor { webinarRegistrations { status cancelledAt webinar { id status cancellationReason } } } } }
        """;

    private const string EmployerView = """
        query($id: ID!) { node(id: $id) { ... on Employer { webinarRegistrations { status webinar { id cancellationReason } } } } }
        """;

    private readonly WebinarApi _api = new(app);

    [Fact]
    public async Task Cancelling_a_webinar_notifies_registered_and_waitlisted_registrants_in_their_own_view()
    {
        var data = new TestData(app);
        var employer = await data.EmployerAsync("Notice Engineering Ltd", Sector.EngineeringManufacturing, "CV3 4AA");
        var mentors = new List<Caller>();
        foreach (var name in new[] { "Seated", "Waiting", "Gone" })
        {
            mentors.Add(TestCallers.Mentor((await data.MentorAsync(employer, $"Notice {name}", CareerStage.Early, ["data-analytics"], ["cybersecurity"])).Id));
        }

        var id = await _api.PublishedAsync(TestCallers.Organiser, WebinarApi.Online("Notice cyber basics", capacity: 2));
        var (gone, _) = await _api.RegisterAsync(mentors[2], id);
        await _api.RegisterAsync(mentors[0], id);
        await _api.OkAsync(TestCallers.EmployerAdmin(employer.Id), "registerForWebinar", new { webinarId = id, employerId = TestData.Id("Employer", employer.Id) }, "registration { id }");
        await _api.OkAsync(mentors[2], "cancelWebinarRegistration", new { registrationId = gone }, "registration { id }");
        await _api.RegisterAsync(mentors[1], id);
        var other = await _api.PublishedAsync(TestCallers.Organiser, WebinarApi.Online("Notice other webinar"));
        await _api.RegisterAsync(mentors[0], other);

        await _api.OkAsync(TestCallers.Organiser, "cancelWebinar", new { webinarId = id, reason = "The speaker is ill." }, "webinar { id }");

        async Task<List<(string Status, string Webinar)>> ViewAsync(Caller caller, string query, string nodeId) =>
            [.. (await app.CreateGraphQLClient(caller).QueryAsync(query, new { id = nodeId }))["node"]!["webinarRegistrations"]!.AsArray()
                .Select(r => (r!["status"]!.GetValue<string>(), r["webinar"]!["id"]!.GetValue<string>()))];

        Assert.Equal([("REGISTERED", other), ("WEBINAR_CANCELLED", id)], await ViewAsync(mentors[0], MentorView, Id(mentors[0])));
        Assert.Equal([("WEBINAR_CANCELLED", id)], await ViewAsync(mentors[1], MentorView, Id(mentors[1])));
        Assert.Equal([("CANCELLED", id)], await ViewAsync(mentors[2], MentorView, Id(mentors[2])));
        Assert.Equal([("WEBINAR_CANCELLED", id)], await ViewAsync(TestCallers.EmployerAdmin(employer.Id), EmployerView, TestData.Id("Employer", employer.Id)));
        Assert.Empty(await ViewAsync(mentors[1], MentorView, Id(mentors[0])));
        Assert.Empty(await ViewAsync(TestCallers.Organiser, EmployerView, TestData.Id("Employer", employer.Id)));

        var mine = await app.CreateGraphQLClient(mentors[1]).QueryAsync(
            "query($id: ID!) { node(id: $id) { ... on Webinar { status cancellationReason registeredCount myRegistration { status cancelledAt } } } }", new { id });
        Assert.Equal("WEBINAR_CANCELLED", mine["node"]!["myRegistration"]!["status"]!.GetValue<string>());
        Assert.NotNull(mine["node"]!["myRegistration"]!["cancelledAt"]);
        Assert.Equal("The speaker is ill.", mine["node"]!["cancellationReason"]!.GetValue<string>());

        var again = await _api.OkAsync(mentors[1], "cancelWebinarRegistration", new { registrationId = (await _api.RegisterAsync(mentors[1], other)).Id }, "registration { status }");
        Assert.Equal("CANCELLED", again["registration"]!["status"]!.GetValue<string>());
    }

    private static string Id(Caller mentor) => TestData.Id("Mentor", mentor.MentorId!.Value);
}
