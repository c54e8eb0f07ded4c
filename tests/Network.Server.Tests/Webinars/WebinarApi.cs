using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Network.Server.GraphQL.Relay;
using Network.Server.Identity;
using Network.Server.Tests.Infrastructure;
using Network.Server.Tests.Programmes;
using Network.Server.Tests.Sessions;
using Network.Server.Webinars;

namespace Network.Server.Tests.Webinars;

/// <summary>Sends the webinar mutations over HTTP as a given caller, and moves webinars in time.</summary>
public sealed class WebinarApi(NetworkApp app)
{
    private readonly ProgrammeApi _mutations = new(app);

    public static object Online(string title, int days = 14, int capacity = 100) => new
    {
        title,
        description = "Practical cybersecurity for small manufacturers.",
        topicSkillIds = new[] { TestData.SkillId("cybersecurity"), TestData.SkillId("data-analytics") },
        sectors = new[] { "ENGINEERING_MANUFACTURING" },
        audience = "EMPLOYERS_AND_MENTORS",
        startsAt = SessionScenario.At(days, 18),
        timeZone = "Europe/London",
        durationMinutes = 90,
        format = "ONLINE",
        joinLink = "https://meet.example.org/cyber",
        capacity,
    };

    public static object InPerson(string title, string venuePostcode) => new
    {
        title,
        topicSkillIds = new[] { TestData.SkillId("project-management") },
        sectors = new[] { "CONSTRUCTION" },
        audience = "MENTORS_WANTING_TOPICS",
        startsAt = SessionScenario.At(21, 10),
        durationMinutes = 120,
        format = "IN_PERSON",
        venuePostcode,
        capacity = 30,
    };

    public Task<JsonNode> SendAsync(Caller caller, string mutation, object input, string selection) => _mutations.SendAsync(caller, mutation, input, selection);

    public Task<JsonNode> OkAsync(Caller caller, string mutation, object input, string selection) => _mutations.OkAsync(caller, mutation, input, selection);

    public async Task<string> CreateAsync(Caller organiser, object input) =>
        (await OkAsync(organiser, "createWebinar", input, "webinar { id }"))["webinar"]!["id"]!.GetValue<string>();

    /// <summary>Creates and publishes a webinar; its ID.</summary>
    public async Task<string> PublishedAsync(Caller organiser, object input)
    {
        var id = await CreateAsync(organiser, input);
        await OkAsync(organiser, "publishWebinar", new { webinarId = id }, "webinar { id }");
        return id;
    }

    /// <summary>Moves the webinar into the past: it ended an hour ago.</summary>
    public async Task EndAsync(string webinarId)
    {
        await using var db = app.CreateDbContext();
        var key = GlobalId.Parse(webinarId, "Webinar");
        var start = DateTimeOffset.UtcNow.AddHours(-3);
        await db.Webinars.Where(w => w.Id == key).ExecuteUpdateAsync(w => w.SetProperty(x => x.StartsAt, start).SetProperty(x => x.EndsAt, start.AddHours(2)));
    }

    /// <summary>Registers <paramref name="mentor"/> (a mentor caller) for the webinar; the registration's ID and status.</summary>
    public async Task<(string Id, string Status)> RegisterAsync(Caller mentor, string webinarId)
    {
        var registration = (await OkAsync(mentor, "registerForWebinar", new { webinarId, mentorId = TestData.Id("Mentor", mentor.MentorId!.Value) }, "registration { id status }"))["registration"]!;
        return (registration["id"]!.GetValue<string>(), registration["status"]!.GetValue<string>());
    }

    /// <summary>Invites one employer or one mentor to the webinar; the invitation's ID.</summary>
    public async Task<string> InviteAsync(Caller organiser, string webinarId, string? mentorId = null, string? employerId = null)
    {
        var input = new { webinarId, mentorIds = mentorId is null ? null : new[] { mentorId }, employerIds = employerId is null ? null : new[] { employerId } };
        var payload = await OkAsync(organiser, "inviteToWebinar", input, "invitations { id }");
        return payload["invitations"]![0]!["id"]!.GetValue<string>();
    }

    /// <summary>Moves the webinar's start into the past: it started half an hour ago and is still on.</summary>
    public async Task StartAsync(string webinarId)
    {
        await using var db = app.CreateDbContext();
        var key = GlobalId.Parse(webinarId, "Webinar");
        var start = DateTimeOffset.UtcNow.AddMinutes(-30);
        await db.Webinars.Where(w => w.Id == key).ExecuteUpdateAsync(w => w.SetProperty(x => x.StartsAt, start).SetProperty(x => x.EndsAt, start.AddHours(2)));
    }

    /// <summary>The webinar's registrations as text, to tell whether anything changed.</summary>
    public async Task<string> RegistrationsSnapshotAsync(string webinarId)
    {
        await using var db = app.CreateDbContext();
        var key = GlobalId.Parse(webinarId, "Webinar");
        var rows = await db.WebinarRegistrations.AsNoTracking().Where(r => r.WebinarId == key).OrderBy(r => r.Id).ToListAsync();
        return string.Join(" | ", rows.Select(r => $"{r.Id} {r.MentorId} {r.EmployerId} {r.Status} {r.Attended} {r.UpdatedAt.Ticks}"));
    }

    /// <summary>The webinar's invitations as text, to tell whether anything changed.</summary>
    public async Task<string> InvitationsSnapshotAsync(string webinarId)
    {
        await using var db = app.CreateDbContext();
        var key = GlobalId.Parse(webinarId, "Webinar");
        var rows = await db.WebinarInvitations.AsNoTracking().Where(i => i.WebinarId == key).OrderBy(i => i.Id).ToListAsync();
        return string.Join(" | ", rows.Select(i => $"{i.Id} {i.MentorId} {i.EmployerId} {i.Status} {i.RespondedAt?.Ticks} {i.UpdatedAt.Ticks}"));
    }

    /// <summary>The webinar's row as text, to tell whether anything changed.</summary>
    public async Task<string> SnapshotAsync(string webinarId)
    {
        await using var db = app.CreateDbContext();
        var key = GlobalId.Parse(webinarId, "Webinar");
        var w = await db.Webinars.AsNoTracking().SingleAsync(x => x.Id == key);
        return string.Join(" | ", await db.Webinars.CountAsync(), w.Title, w.Description, w.Status, w.Capacity, w.Format, w.JoinLink, w.VenuePostcode,
            w.StartsAt.ToString("O", System.Globalization.CultureInfo.InvariantCulture), w.UpdatedAt.ToString("O", System.Globalization.CultureInfo.InvariantCulture), w.CancellationReason);
    }
}
