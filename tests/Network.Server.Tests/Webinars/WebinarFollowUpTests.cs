using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Network.Server.GraphQL.Relay;
using Network.Server.Identity;
using Network.Server.Mentors;
using Network.Server.Pairings;
using Network.Server.Skills;
using Network.Server.Tests.Infrastructure;
using Network.Server.Tests.Programmes;
using Network.Server.Webinars;

namespace Network.Server.Tests.Webinars;

/// <summary>
/// A webinar's follow-up for its organiser once it is over: who held a seat and who came, by sector, local authority and topic,
/// and who then enrolled or was paired; counts of 1 to 4 withheld, with a complementary row where a total would give one away.
/// </summary>
public sealed class WebinarFollowUpTests(NetworkApp app) : IClassFixture<NetworkApp>
{
    private const string Query = """
        query($id: ID!) { node(id: $id) { ... on Webinar { followUp {
          registered { value suppressedReason } attended { value suppressedReason }
          bySector { sector registered { value suppressedReason } attended { value suppressedReason } }
          byLocalAuthority { localAuthority { name } registered { value suppressedReason } attended { value suppressedReason } }
          byTopic { topic { slug } registered { value suppressedReason } attended { value suppressedReason } }
          enrolledAfter { value suppressedReason } pairedAfter { value suppressedReason } } } } }
        """;

    private readonly WebinarApi _api = new(app);

    [Fact]
    public async Task The_organiser_sees_what_came_of_a_webinar_with_small_numbers_withheld()
    {
        var s = await ProgrammeScenario.CreateAsync(app);
        var data = new TestData(app);
        var birmingham = await data.EmployerAsync("Follow-up Digital Ltd", Sector.IctDigital, "B1 1AA");
        var others = new List<Caller>();
        for (var i = 0; i < 5; i++)
        {
            others.Add(TestCallers.Mentor((await data.MentorAsync(birmingham, $"Follow-up Mentor {i}", CareerStage.Early, ["data-analytics"], ["cybersecurity"])).Id));
        }

        var id = await _api.PublishedAsync(TestCallers.Organiser, WebinarApi.Online("Follow-up cyber basics"));
        var registrations = new List<string>();
        foreach (var mentor in new[] { s.Ada, s.Ben, s.Cat, s.Dev }.Select(ProgrammeScenario.Caller).Concat(others))
        {
            registrations.Add((await _api.RegisterAsync(mentor, id)).Id);
        }

        var early = await FollowUpAsync(TestCallers.Organiser, id);
        await _api.EndAsync(id);
        await _api.OkAsync(TestCallers.Organiser, "recordWebinarAttendance", new { webinarId = id, attended = registrations[..8], absent = registrations[8..] }, "webinar { id }");
        await s.EnrolAsync(new ProgrammeApi(app), s.Ada, s.Ben, s.Cat);
        await PairAsync(s.Ada.Id, s.Cat.Id);

        var followUp = (await FollowUpAsync(TestCallers.Organiser, id))!;

        Assert.Null(early);
        Assert.Equal((9, 8), (Value(followUp["registered"]!), Value(followUp["attended"]!)));
        Assert.Equal(
            [("ENGINEERING_MANUFACTURING", "small", "small"), ("ICT_DIGITAL", "complementary", "complementary")],
            followUp["bySector"]!.AsArray().Select(r => (r!["sector"]!.GetValue<string>(), Shown(r["registered"]!), Shown(r["attended"]!))));
        Assert.Equal(
            [("Birmingham", "complementary", "small"), ("Coventry", "small", "small")],
            followUp["byLocalAuthority"]!.AsArray().Select(r => (r!["localAuthority"]!["name"]!.GetValue<string>(), Shown(r["registered"]!), Shown(r["attended"]!))));
        Assert.Equal(
            [("cybersecurity", "6", "5"), ("data-analytics", "small", "small")],
            followUp["byTopic"]!.AsArray().Select(r => (r!["topic"]!["slug"]!.GetValue<string>(), Shown(r["registered"]!), Shown(r["attended"]!))));
        Assert.Equal(("small", "small"), (Shown(followUp["enrolledAfter"]!), Shown(followUp["pairedAfter"]!)));

        Assert.NotNull(await FollowUpAsync(TestCallers.Admin, id));
        Assert.Null(await FollowUpAsync(new Caller("follow-up-other-organiser", [Role.Organiser]), id));
        Assert.Null(await FollowUpAsync(ProgrammeScenario.Caller(s.Ada), id));
        Assert.Null(await FollowUpAsync(TestCallers.Anonymous, id));

        await using var db = app.CreateDbContext();
        var webinar = await db.Webinars.AsNoTracking().SingleAsync(w => w.Id == GlobalId.Parse(id, "Webinar"));
        var registrants = await app.Services.GetRequiredService<WebinarFollowUpReader>().RegistrantsAsync(webinar, CancellationToken.None);
        Assert.Equal((3, 2), (registrants.Count(r => r.EnrolledAfter), registrants.Count(r => r.PairedAfter)));
    }

    private static int Value(JsonNode figure) => (int)figure["value"]!.GetValue<double>();

    /// <summary>A figure as text: its value, or why it is withheld (small, complementary).</summary>
    private static string Shown(JsonNode figure) =>
        figure["suppressedReason"]?.GetValue<string>() is { } reason
            ? reason.StartsWith("About fewer", StringComparison.Ordinal) ? "small" : "complementary"
            : Value(figure).ToString(System.Globalization.CultureInfo.InvariantCulture);

    private async Task<JsonNode?> FollowUpAsync(Caller caller, string id) =>
        (await app.CreateGraphQLClient(caller).QueryAsync(Query, new { id }))["node"]!["followUp"];

    /// <summary>An active pairing accepted now, written straight to the database.</summary>
    private async Task PairAsync(int mentorA, int mentorB)
    {
        await using var db = app.CreateDbContext();
        var a = await db.Mentors.AsNoTracking().SingleAsync(m => m.Id == mentorA);
        var b = await db.Mentors.AsNoTracking().SingleAsync(m => m.Id == mentorB);
        var at = DateTimeOffset.UtcNow;
        db.Pairings.Add(new Pairing
        {
            MentorAId = a.Id,
            EmployerAId = a.EmployerId,
            MentorBId = b.Id,
            EmployerBId = b.EmployerId,
            Status = PairingStatus.Active,
            Format = MentoringFormat.Online,
            Score = 30,
            ProposedBySubject = "test-coordinator",
            ProposedByRoles = "COORDINATOR",
            ProposedAt = at,
            AcceptedAt = at,
            MentorAAcceptedAt = at,
            MentorBAcceptedAt = at,
            ActivatedAt = at,
            UpdatedAt = at,
            Events = [new PairingEvent { Type = PairingEventType.Proposed, ToStatus = PairingStatus.Proposed, ActorSubject = "test-coordinator", ActorRoles = "COORDINATOR", OccurredAt = at }],
        });
        await db.SaveChangesAsync();
    }
}
