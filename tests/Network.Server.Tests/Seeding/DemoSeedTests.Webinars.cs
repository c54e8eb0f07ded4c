using System.Text.Json.Nodes;
using Network.Server.Identity;
using Network.Server.Tests.Infrastructure;

namespace Network.Server.Tests.Seeding;

/// <summary>
/// The demo's webinars: past and ahead, online and in person, one draft only its organiser sees, one cancelled; registrations that
/// respect each webinar's audience and capacity, attendance on the held ones with follow-up figures to show, the cancelled one's notices, and
/// invitations to an upcoming online webinar, one accepted (its mentor registered) and one declined.
/// </summary>
public sealed partial class DemoSeedTests
{
    [Fact]
    public async Task Demo_webinars_were_held_and_are_ahead_online_and_in_person_and_the_draft_is_its_organiser_s()
    {
        const string Query = """
            { webinars(first: 20, order: [{ startsAt: ASC }]) { totalCount nodes { title status format startsAt venuePostcode topics { slug } cancellationReason } } }
            """;
        var anyone = (await app.CreateGraphQLClient(TestCallers.Anonymous).QueryAsync(Query))["webinars"]!;
        var organiser = (await app.CreateGraphQLClient(new Caller("local-organiser", [Role.Organiser])).QueryAsync(Query))["webinars"]!;
        var near = (await app.CreateGraphQLClient(TestCallers.Anonymous).QueryAsync(
            """{ webinars(first: 5, near: { origin: { postcode: "WV2" }, radiusKm: 10 }, order: [{ distanceKm: ASC }]) { nodes { venuePostcode distanceKm } } }"""))["webinars"]!;

        var statuses = anyone["nodes"]!.AsArray().Select(w => w!["status"]!.GetValue<string>()).ToList();
        Assert.Equal(["CANCELLED", "COMPLETED", "PUBLISHED"], statuses.Distinct().Order());
        Assert.Equal(2, statuses.Count(s => s == "COMPLETED"));
        Assert.All(anyone["nodes"]!.AsArray().Where(w => w!["status"]!.GetValue<string>() == "COMPLETED"), w => Assert.True(DateTimeOffset.Parse(w!["startsAt"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture) < DateTimeOffset.UtcNow));
        Assert.All(anyone["nodes"]!.AsArray().Where(w => w!["status"]!.GetValue<string>() == "PUBLISHED"), w => Assert.True(DateTimeOffset.Parse(w!["startsAt"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture) > DateTimeOffset.UtcNow));
        Assert.Contains(anyone["nodes"]!.AsArray(), w => w!["format"]!.GetValue<string>() == "IN_PERSON");
        Assert.Contains(anyone["nodes"]!.AsArray(), w => w!["format"]!.GetValue<string>() == "ONLINE");
        Assert.NotNull(anyone["nodes"]!.AsArray().Single(w => w!["status"]!.GetValue<string>() == "CANCELLED")!["cancellationReason"]);
        Assert.Equal(anyone["totalCount"]!.GetValue<int>() + 1, organiser["totalCount"]!.GetValue<int>());
        Assert.Equal("WV1", near["nodes"]![0]!["venuePostcode"]!.GetValue<string>());
    }

    [Fact]
    public async Task Demo_webinars_have_eligible_registrations_attendance_follow_up_figures_and_cancellation_notices()
    {
        const string Query = """
            { webinars(first: 10, order: [{ startsAt: ASC }]) { nodes {
              title status audience sectors capacity registeredCount waitlistedCount
              registrations { status attended mentor { id } employer { sector } }
              followUp { registered { value } attended { value }
                bySector { attended { value } } byLocalAuthority { attended { value } } byTopic { attended { value } }
                enrolledAfter { value suppressedReason } pairedAfter { value suppressedReason } } } } }
            """;
        var nodes = (await app.CreateGraphQLClient(new Caller("local-organiser", [Role.Organiser])).QueryAsync(Query))["webinars"]!["nodes"]!.AsArray()
            .Select(n => n!).ToList();
        static string Text(JsonNode? node, string field) => node![field]!.GetValue<string>();
        static List<JsonNode> Registrations(JsonNode webinar) => [.. webinar["registrations"]!.AsArray().Select(r => r!)];

        foreach (var webinar in nodes)
        {
            var sectors = webinar["sectors"]!.AsArray().Select(s => s!.GetValue<string>()).ToList();
            var employers = Registrations(webinar).Where(r => r["employer"] is not null).ToList();
            Assert.True(Text(webinar, "audience") != "MENTORS_WANTING_TOPICS" || employers.Count == 0, Text(webinar, "title"));
            Assert.True(Text(webinar, "audience") != "EMPLOYERS_WITH_GAPS" || Registrations(webinar).All(r => r["mentor"] is null), Text(webinar, "title"));
            Assert.All(employers, r => Assert.Contains(Text(r["employer"], "sector"), sectors));
            Assert.True(webinar["registeredCount"]!.GetValue<int>() <= webinar["capacity"]!.GetValue<int>());
        }

        var cancelled = nodes.Single(w => Text(w, "status") == "CANCELLED");
        Assert.NotEmpty(Registrations(cancelled));
        Assert.All(Registrations(cancelled), r => Assert.Equal("WEBINAR_CANCELLED", Text(r, "status")));
        Assert.Contains(nodes, w => Text(w, "status") == "PUBLISHED" && w["waitlistedCount"]!.GetValue<int>() > 0 && w["registeredCount"]!.GetValue<int>() == w["capacity"]!.GetValue<int>());
        Assert.Null(nodes.First(w => Text(w, "status") == "PUBLISHED")["followUp"]);

        var held = nodes.Where(w => Text(w, "status") == "COMPLETED").ToList();
        Assert.All(held, w => Assert.Contains(Registrations(w), r => r["attended"]?.GetValue<bool>() == true));
        Assert.All(held, w => Assert.True(w["followUp"]!["attended"]!["value"]!.GetValue<double>() >= 5));
        static IEnumerable<double> Shown(JsonNode followUp, string rows) =>
            followUp[rows]!.AsArray().Select(r => r!["attended"]!["value"]?.GetValue<double>()).OfType<double>();
        Assert.Contains(held, w => Shown(w["followUp"]!, "bySector").Any(v => v >= 5) && Shown(w["followUp"]!, "byLocalAuthority").Any(v => v >= 5));
        Assert.Contains(held, w => Shown(w["followUp"]!, "byTopic").Any(v => v >= 5));
        Assert.Contains(held, w => w["followUp"]!["enrolledAfter"]!["value"]?.GetValue<double>() >= 5 || w["followUp"]!["pairedAfter"]!["value"]?.GetValue<double>() >= 5);
    }

    [Fact]
    public async Task Demo_invitations_to_an_upcoming_online_webinar_are_eligible_and_one_accepted_one_declined()
    {
        const string Query = """
            { webinars(first: 10, order: [{ startsAt: ASC }]) { nodes {
              title status format sectors
              invitations { status mentorId employer { id sector } invitedAt respondedAt }
              registrations { status mentor { id } } } } }
            """;
        var nodes = (await app.CreateGraphQLClient(new Caller("local-organiser", [Role.Organiser])).QueryAsync(Query))["webinars"]!["nodes"]!.AsArray()
            .Select(n => n!).ToList();

        var invited = nodes.Where(w => w["invitations"]!.AsArray().Count > 0).ToList();
        var webinar = Assert.Single(invited);
        Assert.Equal(("PUBLISHED", "ONLINE"), (webinar["status"]!.GetValue<string>(), webinar["format"]!.GetValue<string>()));
        var invitations = webinar["invitations"]!.AsArray().Select(i => i!).ToList();
        var toEmployers = invitations.Where(i => i["employer"] is not null).ToList();
        var toMentors = invitations.Where(i => i["mentorId"] is not null).ToList();
        Assert.Equal((3, 4), (toEmployers.Count, toMentors.Count));
        var sectors = webinar["sectors"]!.AsArray().Select(s => s!.GetValue<string>()).ToList();
        Assert.All(toEmployers, i => Assert.Contains(i["employer"]!["sector"]!.GetValue<string>(), sectors));

        static string Status(JsonNode invitation) => invitation["status"]!.GetValue<string>();
        var accepted = Assert.Single(invitations, i => Status(i) == "ACCEPTED");
        var declined = Assert.Single(invitations, i => Status(i) == "DECLINED");
        Assert.Equal(5, invitations.Count(i => Status(i) == "INVITED"));
        Assert.NotNull(accepted["mentorId"]);
        Assert.NotNull(declined["employer"]);
        Assert.All([accepted, declined], i => Assert.NotNull(i["respondedAt"]));
        Assert.All(invitations.Where(i => Status(i) == "INVITED"), i => Assert.Null(i["respondedAt"]));

        // The mentor who accepted holds a place, as respondToWebinarInvitation gives one; the other invitees had not registered.
        var registered = webinar["registrations"]!.AsArray().Where(r => r!["mentor"] is not null)
            .Select(r => (Id: r!["mentor"]!["id"]!.GetValue<string>(), Status: r!["status"]!.GetValue<string>())).ToList();
        Assert.Contains(registered, r => r.Id == accepted["mentorId"]!.GetValue<string>() && r.Status is "REGISTERED" or "WAITLISTED");
        Assert.DoesNotContain(registered, r => toMentors.Where(i => i != accepted).Any(i => i["mentorId"]!.GetValue<string>() == r.Id));
    }
}
