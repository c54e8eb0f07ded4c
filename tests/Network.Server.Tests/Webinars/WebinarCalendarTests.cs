using System.Net;
using System.Net.Http.Headers;
using Ical.Net;
using Network.Server.GraphQL.Relay;
using Network.Server.Identity;
using Network.Server.Mentors;
using Network.Server.Skills;
using Network.Server.Tests.Infrastructure;

namespace Network.Server.Tests.Webinars;

/// <summary>
/// A registration as an iCalendar file and in the mentor's feed, over real HTTP and parsed back with Ical.Net: the join link only
/// for a seat, a stable UID, and STATUS:CANCELLED with a higher SEQUENCE once the webinar is cancelled.
/// </summary>
public sealed class WebinarCalendarTests(NetworkApp app) : IClassFixture<NetworkApp>
{
    private readonly WebinarApi _api = new(app);

    [Fact]
    public async Task A_registration_downloads_as_an_event_that_follows_the_seat_and_the_cancellation()
    {
        var (seated, waiting) = await MentorsAsync("File");
        var id = await _api.PublishedAsync(TestCallers.Organiser, WebinarApi.Online("File cyber basics", capacity: 1));
        var (seat, _) = await _api.RegisterAsync(seated, id);
        var (wait, _) = await _api.RegisterAsync(waiting, id);

        var held = await EventAsync(seat, seated);
        var queued = await EventAsync(wait, waiting);
        await _api.OkAsync(TestCallers.Organiser, "cancelWebinar", new { webinarId = id, reason = "The speaker is ill." }, "webinar { id }");
        var cancelled = await EventAsync(seat, seated);

        Assert.Equal($"webinar-registration-{GlobalId.Parse(seat, "WebinarRegistration")}@skills-network.west-midlands", held.Uid);
        Assert.Equal(("CONFIRMED", "https://meet.example.org/cyber", "Webinar: File cyber basics"), (held.Status, held.Location, held.Summary));
        Assert.Equal(("Europe/London", 18, 30, 90), (held.DtStart!.TzId, held.DtStart.Hour, held.DtStart.Minute, (int)held.EffectiveDuration.ToTimeSpanUnspecified().TotalMinutes));
        Assert.Equal(("TENTATIVE", null), (queued.Status, queued.Location));
        Assert.Equal((held.Uid, "CANCELLED", null), (cancelled.Uid, cancelled.Status, cancelled.Location));
        Assert.True(cancelled.Sequence > held.Sequence);
        Assert.Contains("The speaker is ill.", cancelled.Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_registration_s_file_is_for_its_registrant_and_the_organiser_only()
    {
        var (mentor, other) = await MentorsAsync("Access");
        var id = await _api.PublishedAsync(TestCallers.Organiser, WebinarApi.Online("Access cyber basics"));
        var (registration, _) = await _api.RegisterAsync(mentor, id);

        using var own = await GetAsync(Path(registration), mentor);
        using var organiser = await GetAsync(Path(registration), TestCallers.Organiser);
        using var stranger = await GetAsync(Path(registration), other);
        using var anonymous = await app.CreateClient().GetAsync(Path(registration));

        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Equal("text/calendar", own.Content.Headers.ContentType!.MediaType);
        Assert.Equal(HttpStatusCode.OK, organiser.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, stranger.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        var path = (await app.CreateGraphQLClient(mentor).QueryAsync("query($id: ID!) { node(id: $id) { ... on WebinarRegistration { calendarPath } } }", new { id = registration }))["node"]!["calendarPath"]!.GetValue<string>();
        Assert.Equal(Path(registration).ToString(), path);
    }

    [Fact]
    public async Task A_mentor_s_feed_holds_their_webinar_registrations_beside_their_sessions()
    {
        var (mentor, _) = await MentorsAsync("Feed");
        var id = await _api.PublishedAsync(TestCallers.Organiser, WebinarApi.Online("Feed cyber basics"));
        var (registration, _) = await _api.RegisterAsync(mentor, id);
        var feed = await app.CreateGraphQLClient(mentor).QueryAsync("mutation { createCalendarFeed { calendarFeed { url } } }");

        var text = await app.CreateClient().GetStringAsync(new Uri(feed["createCalendarFeed"]!["calendarFeed"]!["url"]!.GetValue<string>()));

        var calendar = Calendar.Load(text)!;
        var webinar = Assert.Single(calendar.Events);
        Assert.Equal($"webinar-registration-{GlobalId.Parse(registration, "WebinarRegistration")}@skills-network.west-midlands", webinar.Uid);
        Assert.Equal("CONFIRMED", webinar.Status);
        Assert.Contains(calendar.TimeZones, z => z.TzId == "Europe/London");
    }

    private static Uri Path(string registrationId) => new($"/calendar/webinar-registrations/{Uri.EscapeDataString(registrationId)}.ics", UriKind.Relative);

    private async Task<Ical.Net.CalendarComponents.CalendarEvent> EventAsync(string registrationId, Caller caller)
    {
        using var response = await GetAsync(Path(registrationId), caller);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        Assert.StartsWith("BEGIN:VCALENDAR\r\n", text, StringComparison.Ordinal);
        Assert.Contains("\r\nDTSTART;TZID=Europe/London:", text, StringComparison.Ordinal);
        return Assert.Single(Calendar.Load(text)!.Events);
    }

    private async Task<(Caller, Caller)> MentorsAsync(string tag)
    {
        var data = new TestData(app);
        var employer = await data.EmployerAsync($"{tag} Calendar Ltd", Sector.EngineeringManufacturing, "CV3 4AA");
        var first = await data.MentorAsync(employer, $"{tag} Calendar First", CareerStage.Early, ["data-analytics"], ["cybersecurity"]);
        var second = await data.MentorAsync(employer, $"{tag} Calendar Second", CareerStage.Early, ["data-analytics"], ["cybersecurity"]);
        return (TestCallers.Mentor(first.Id), TestCallers.Mentor(second.Id));
    }

    private async Task<HttpResponseMessage> GetAsync(Uri path, Caller caller)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", app.CreateToken(caller));
        return await app.CreateClient().SendAsync(request);
    }
}
