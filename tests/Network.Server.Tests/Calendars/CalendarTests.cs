using System.Net;
using System.Net.Http.Headers;
using Ical.Net;
using Network.Server.GraphQL.Relay;
using Network.Server.Identity;
using Network.Server.Tests.Infrastructure;
using Network.Server.Tests.Programmes;
using Network.Server.Tests.Sessions;

namespace Network.Server.Tests.Calendars;

/// <summary>
/// A mentor's sessions as iCalendar over real HTTP: the private feed and a single session's file, each parsed back
/// with Ical.Net and checked against the rules of RFC 5545 that a calendar application relies on.
/// </summary>
public sealed class CalendarTests(NetworkApp app) : IClassFixture<NetworkApp>
{
    private readonly ProgrammeApi _api = new(app);

    [Fact]
    public async Task A_mentor_s_feed_holds_their_sessions_at_local_time_and_follows_moves_and_cancellations()
    {
        var s = await SessionScenario.CreateAsync(app);
        var kept = await ScheduleAsync(s, SessionScenario.At(40, 9, 30));
        var moved = await ScheduleAsync(s, SessionScenario.At(54, 9, 30));
        var cancelled = await ScheduleAsync(s, SessionScenario.At(68, 9, 30));
        await _api.OkAsync(Ada(s), "rescheduleSession", new { sessionId = moved, startsAt = SessionScenario.At(55, 16, 0) }, "session { id }");
        await _api.OkAsync(Ada(s), "cancelSession", new { sessionId = cancelled, reason = "Audit week." }, "session { id }");
        var url = await CreateFeedAsync(ProgrammeScenario.Caller(s.Programme.Cat));

        using var response = await app.CreateClient().GetAsync(new Uri(url));
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType!.MediaType);
        AssertRfc5545(text);
        var calendar = Calendar.Load(text)!;
        Assert.Equal("2.0", calendar.Version);
        Assert.Contains(calendar.TimeZones, z => z.TzId == "Europe/London");
        var events = calendar.Events.OrderBy(e => e.DtStart!.AsUtc).ToList();
        Assert.Equal(3, events.Count);
        Assert.All(events, e => Assert.Equal("Europe/London", e.DtStart!.TzId));
        Assert.Equal((9, 30, 60), (events[0].DtStart!.Hour, events[0].DtStart!.Minute, (int)events[0].EffectiveDuration.ToTimeSpanUnspecified().TotalMinutes));
        Assert.Equal(DateTimeOffset.Parse(SessionScenario.At(40, 9, 30), System.Globalization.CultureInfo.InvariantCulture).UtcDateTime, events[0].DtStart!.AsUtc);
        Assert.Equal((16, 0, 1), (events[1].DtStart!.Hour, events[1].DtStart!.Minute, events[1].Sequence));
        Assert.Equal(("CANCELLED", 1), (events[2].Status, events[2].Sequence));
        Assert.Equal(3, events.Select(e => e.Uid).Distinct().Count());
        Assert.All(events, e => Assert.Equal("https://meet.example.org/ada-cat", e.Location));
        Assert.DoesNotContain(s.Programme.Ada.DisplayName!, text, StringComparison.Ordinal);
        Assert.Contains($"session-{GlobalId.Parse(kept, "Session")}@", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_new_feed_replaces_the_old_and_a_revoked_feed_answers_nothing()
    {
        var s = await SessionScenario.CreateAsync(app);
        await ScheduleAsync(s, SessionScenario.At(40));
        var first = await CreateFeedAsync(Ada(s));
        var second = await CreateFeedAsync(Ada(s));
        var client = app.CreateClient();

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(new Uri(first))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri(second))).StatusCode);

        var revoked = (await app.CreateGraphQLClient(Ada(s)).QueryAsync("mutation { revokeCalendarFeed { calendarFeed { url revokedAt } errors { __typename } } }"))["revokeCalendarFeed"]!;
        Assert.Null(revoked["errors"]);
        Assert.Null(revoked["calendarFeed"]!["url"]);
        Assert.NotNull(revoked["calendarFeed"]!["revokedAt"]);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(new Uri(second))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(new Uri(second[..^10] + "abcdef.ics"))).StatusCode);
    }

    [Fact]
    public async Task One_session_downloads_as_a_file_for_those_who_see_its_pairing_only()
    {
        var s = await SessionScenario.CreateAsync(app);
        var id = await ScheduleAsync(s, SessionScenario.At(40));
        var path = new Uri($"/calendar/sessions/{Uri.EscapeDataString(id)}.ics", UriKind.Relative);

        using var own = await GetAsync(path, Ada(s));
        using var colleague = await GetAsync(path, ProgrammeScenario.Caller(s.Programme.Ben));
        using var anonymous = await app.CreateClient().GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Equal($"session-{GlobalId.Parse(id, "Session")}.ics", own.Content.Headers.ContentDisposition!.FileNameStar ?? own.Content.Headers.ContentDisposition.FileName);
        var text = await own.Content.ReadAsStringAsync();
        AssertRfc5545(text);
        Assert.Single(Calendar.Load(text)!.Events);
        Assert.Equal(HttpStatusCode.NotFound, colleague.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
    }

    /// <summary>What RFC 5545 asks of every iCalendar stream that a parser may let pass: CRLF line ends, lines folded at 75 octets, and the required properties.</summary>
    private static void AssertRfc5545(string text)
    {
        Assert.StartsWith("BEGIN:VCALENDAR\r\n", text, StringComparison.Ordinal);
        Assert.EndsWith("END:VCALENDAR\r\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\n", text.Replace("\r\n", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        var lines = text.Split("\r\n");
        Assert.All(lines, line => Assert.True(System.Text.Encoding.UTF8.GetByteCount(line) <= 75, $"Longer than 75 octets: {line}"));
        var unfolded = text.Replace("\r\n ", string.Empty, StringComparison.Ordinal).Split("\r\n");
        Assert.Contains("VERSION:2.0", unfolded);
        Assert.Contains(unfolded, l => l.StartsWith("PRODID:", StringComparison.Ordinal));
        var events = unfolded.Count(l => l == "BEGIN:VEVENT");
        Assert.Equal(events, unfolded.Count(l => l.StartsWith("UID:", StringComparison.Ordinal)));
        Assert.Equal(events, unfolded.Count(l => l.StartsWith("DTSTAMP:", StringComparison.Ordinal) && l.EndsWith('Z')));
        Assert.Equal(events, unfolded.Count(l => l.StartsWith("DTSTART;TZID=Europe/London:", StringComparison.Ordinal)));
    }

    private static Caller Ada(SessionScenario s) => ProgrammeScenario.Caller(s.Programme.Ada);

    private async Task<string> ScheduleAsync(SessionScenario s, string startsAt) =>
        (await _api.OkAsync(Ada(s), "scheduleSession", s.Online(startsAt), "session { id }"))["session"]!["id"]!.GetValue<string>();

    private async Task<string> CreateFeedAsync(Caller mentor)
    {
        var data = await app.CreateGraphQLClient(mentor).QueryAsync("mutation { createCalendarFeed { calendarFeed { url createdAt } errors { __typename } } }");
        Assert.Null(data["createCalendarFeed"]!["errors"]);
        return data["createCalendarFeed"]!["calendarFeed"]!["url"]!.GetValue<string>();
    }

    private async Task<HttpResponseMessage> GetAsync(Uri path, Caller caller)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", app.CreateToken(caller));
        return await app.CreateClient().SendAsync(request);
    }
}
